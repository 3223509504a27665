package jp.kakehashi.member.application;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** How members' passwords are hashed, wherever one is set. */
final class MemberPasswordHash {

    private MemberPasswordHash() {}

    /** PBKDF2-HMAC-SHA256 with a 32-byte salt and the configured work factor; the container's default is far lower. */
    static void configure(Pbkdf2PasswordHash passwordHash, PasswordHashConfiguration configuration) {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(configuration.hashIterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    }
}
