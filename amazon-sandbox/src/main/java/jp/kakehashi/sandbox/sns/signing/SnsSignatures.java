package jp.kakehashi.sandbox.sns.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import jp.kakehashi.sandbox.sns.domain.SignatureVersion;

/** RSA signatures over SNS's string to sign: SHA1withRSA for SignatureVersion 1, SHA256withRSA for 2, Base64. */
public final class SnsSignatures {

    private SnsSignatures() {}

    public static String sign(String stringToSign, SignatureVersion version, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(version.jcaAlgorithm());
            signature.initSign(key);
            signature.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + version.jcaAlgorithm(), e);
        }
    }

    /** Whether the Base64 signature verifies over the string; a malformed signature simply does not. */
    public static boolean verify(String stringToSign, String base64Signature, SignatureVersion version, PublicKey key) {
        try {
            Signature signature = Signature.getInstance(version.jcaAlgorithm());
            signature.initVerify(key);
            signature.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (IllegalArgumentException | java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot verify with " + version.jcaAlgorithm(), e);
        }
    }
}
