package jp.kakehashi.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private final byte[] k1 = key();
    private final byte[] k2 = key();

    @Test
    void aSealedValueOpensWithItsKeyAndPurposeOnly() {
        TokenCipher cipher = new TokenCipher(Map.of("k1", k1), "k1");

        String sealed = cipher.encrypt("Atzr|secret-refresh-token", "device:42:refresh");

        assertTrue(sealed.startsWith("k1:"));
        assertFalse(sealed.contains("secret"));
        assertEquals("Atzr|secret-refresh-token", cipher.decrypt(sealed, "device:42:refresh"));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(sealed, "device:43:refresh"));
    }

    @Test
    void theSameValueSealsDifferentlyEachTime() {
        TokenCipher cipher = new TokenCipher(Map.of("k1", k1), "k1");
        assertNotEquals(cipher.encrypt("x", "p"), cipher.encrypt("x", "p"));
    }

    @Test
    void keysRotate() {
        String old = new TokenCipher(Map.of("k1", k1), "k1").encrypt("Atza|access", "p");
        TokenCipher rotated = new TokenCipher(Map.of("k1", k1, "k2", k2), "k2");

        assertEquals("Atza|access", rotated.decrypt(old, "p"));
        assertTrue(rotated.needsRotation(old));
        assertTrue(rotated.encrypt("Atza|access", "p").startsWith("k2:"));
    }

    @Test
    void withoutTheKeyNothingOpens() {
        String sealed = new TokenCipher(Map.of("k1", k1), "k1").encrypt("Atza|access", "p");

        assertThrows(
                IllegalArgumentException.class, () -> new TokenCipher(Map.of("k2", k2), "k2").decrypt(sealed, "p"));
        assertThrows(
                IllegalArgumentException.class, () -> new TokenCipher(Map.of("k1", k2), "k1").decrypt(sealed, "p"));
        String tampered = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("A==") ? "B==" : "A==");
        assertThrows(
                IllegalArgumentException.class, () -> new TokenCipher(Map.of("k1", k1), "k1").decrypt(tampered, "p"));
    }

    @Test
    void keysMustBe256Bits() {
        assertThrows(IllegalArgumentException.class, () -> new TokenCipher(Map.of("k1", new byte[16]), "k1"));
        assertThrows(IllegalArgumentException.class, () -> new TokenCipher(Map.of("k1", k1), "k2"));
    }
}
