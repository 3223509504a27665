package jp.kakehashi.sandbox.pay.keys;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** PEM text of RSA keys: PKCS#8 private keys (what Amazon Pay's SDKs read) and X.509 public keys. */
public final class PemKeys {

    private PemKeys() {}

    public static String privateKeyPem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static String publicKeyPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static String certificatePem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** A public key from {@code PUBLIC KEY} (X.509) or {@code RSA PUBLIC KEY} (PKCS#1) PEM. */
    public static PublicKey readPublicKey(String pem) {
        Object parsed = parse(pem);
        if (parsed instanceof SubjectPublicKeyInfo info) {
            try {
                return new JcaPEMKeyConverter().getPublicKey(info);
            } catch (IOException e) {
                throw new IllegalArgumentException("Not a usable public key: " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("Expected a PUBLIC KEY PEM block");
    }

    /** A private key from PKCS#8 {@code PRIVATE KEY} or PKCS#1 {@code RSA PRIVATE KEY} PEM. */
    public static PrivateKey readPrivateKey(String pem) {
        Object parsed = parse(pem);
        try {
            if (parsed instanceof PrivateKeyInfo info) {
                return new JcaPEMKeyConverter().getPrivateKey(info);
            }
            if (parsed instanceof PEMKeyPair pair) {
                return new JcaPEMKeyConverter().getKeyPair(pair).getPrivate();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a usable private key: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("Expected a PRIVATE KEY PEM block");
    }

    /** The public half of an RSA private key (PKCS#8 RSA keys carry the public exponent). */
    public static PublicKey publicKeyOf(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            throw new IllegalArgumentException("Expected an RSA private key with CRT parameters");
        }
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object parse(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object parsed = parser.readObject();
            if (parsed == null) {
                throw new IllegalArgumentException("No PEM block found");
            }
            return parsed;
        } catch (IOException e) {
            throw new IllegalArgumentException("Malformed PEM: " + e.getMessage(), e);
        }
    }
}
