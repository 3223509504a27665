package jp.kakehashi.sandbox.lwa.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/** Proof Key for Code Exchange (RFC 7636): {@code S256} and {@code plain}. */
public final class Pkce {

    public static final String S256 = "S256";
    public static final String PLAIN = "plain";

    /** The characters and length RFC 7636 allows for verifiers and challenges. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

    private Pkce() {}

    public static boolean isValidMethod(String method) {
        return S256.equals(method) || PLAIN.equals(method);
    }

    public static boolean isWellFormed(String challengeOrVerifier) {
        return challengeOrVerifier != null && KEY.matcher(challengeOrVerifier).matches();
    }

    /** {@code BASE64URL(SHA-256(ASCII(verifier)))} without padding. */
    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    public static boolean verifies(String challenge, String method, String verifier) {
        if (!isWellFormed(verifier)) {
            return false;
        }
        String expected = S256.equals(method) ? s256(verifier) : verifier;
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
    }
}
