package jp.kakehashi.testing;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;

/** PEM text for keys the tests generate: no key is ever kept in the repository. */
public final class Pem {

    private static final String PKCS8 = "PRIVATE KEY";

    private Pem() {}

    /** The key as PKCS#8 PEM, 64 characters a line, as Seller Central hands it out. */
    public static String pkcs8(PrivateKey key) {
        return armored(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()));
    }

    /** Any text between PKCS#8 PEM lines, for what a parser must refuse. */
    public static String armored(String body) {
        return "-----BEGIN " + PKCS8 + "-----\n" + body + "\n-----END " + PKCS8 + "-----\n";
    }
}
