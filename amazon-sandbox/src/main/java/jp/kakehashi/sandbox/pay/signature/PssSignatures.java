package jp.kakehashi.sandbox.pay.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs and verifies Amazon Pay strings to sign: {@code ALGORITHM\nhex(SHA-256(content))}, RSASSA-PSS, Base64.
 * The same scheme covers API requests (content = canonical request) and button payloads (content = payloadJSON).
 */
public final class PssSignatures {

    private PssSignatures() {}

    public static String stringToSign(AmazonPayAlgorithm algorithm, String content) {
        return algorithm.headerName() + "\n" + Sha256.hex(content);
    }

    public static String sign(AmazonPayAlgorithm algorithm, String content, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("RSASSA-PSS");
            signature.setParameter(algorithm.parameters());
            signature.initSign(key);
            signature.update(stringToSign(algorithm, content).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + algorithm.headerName(), e);
        }
    }

    /** True only when the Base64 signature is valid for this content under exactly this algorithm's salt length. */
    public static boolean verify(AmazonPayAlgorithm algorithm, String content, String base64Signature, PublicKey key) {
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getMimeDecoder().decode(base64Signature.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("RSASSA-PSS");
            signature.setParameter(algorithm.parameters());
            signature.initVerify(key);
            signature.update(stringToSign(algorithm, content).getBytes(StandardCharsets.UTF_8));
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A malformed signature (wrong length, not an RSA key...) is simply not a valid one
            return false;
        }
    }
}
