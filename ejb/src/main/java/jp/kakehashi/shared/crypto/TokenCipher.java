package jp.kakehashi.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM. Each value is stored as {@code keyId:base64(nonce | ciphertext+tag)}:
 * the key id beside it lets keys rotate (new values use the current key, old ones still decrypt with theirs). The
 * purpose is bound as associated data, so a value copied from one column or device to another does not decrypt.
 */
public final class TokenCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys;
    private final String currentKeyId;

    /**
     * @param keys         key id to a 256-bit AES key
     * @param currentKeyId the key new values are encrypted with
     */
    public TokenCipher(Map<String, byte[]> keys, String currentKeyId) {
        Objects.requireNonNull(keys, "keys");
        keys.forEach((id, key) -> {
            if (id.isBlank() || id.contains(":") || key.length != 32) {
                throw new IllegalArgumentException("Token key " + id + " must have an id without ':' and 32 bytes");
            }
        });
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("No token key " + currentKeyId);
        }
        this.keys = Map.copyOf(keys.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, entry -> new SecretKeySpec(entry.getValue(), "AES"))));
        this.currentKeyId = currentKeyId;
    }

    public String encrypt(String plaintext, String purpose) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return currentKeyId + ":"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** @throws IllegalArgumentException when the value was not sealed by one of our keys for this purpose */
    public String decrypt(String stored, String purpose) {
        int separator = stored.indexOf(':');
        SecretKeySpec key = separator < 0 ? null : keys.get(stored.substring(0, separator));
        if (key == null) {
            throw new IllegalArgumentException("Sealed with an unknown key");
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(separator + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not sealed by this key for this purpose", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** Whether a stored value should be sealed again with the current key. */
    public boolean needsRotation(String stored) {
        return !stored.startsWith(currentKeyId + ":");
    }
}
