package jp.kakehashi.member.application;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** How members' passwords are hashed, wherever one is set. */
final class MemberPasswordHash {

    private MemberPasswordHash() {}

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256; the container's default is far lower. */
    static void configure(Pbkdf2PasswordHash passwordHash) {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    }
}
