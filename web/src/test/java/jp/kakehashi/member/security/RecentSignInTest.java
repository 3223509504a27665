package jp.kakehashi.member.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentSignInTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void aSessionBegunWithinTheLimitProvesARecentSignInAndAnOlderOneDoesNot() {
        Duration limit = Duration.ofMinutes(10);
        assertTrue(RecentSignIn.isWithin(NOW.minusSeconds(1), NOW, limit));
        assertTrue(RecentSignIn.isWithin(NOW.minus(limit), NOW, limit), "the limit itself still counts");
        assertFalse(RecentSignIn.isWithin(NOW.minus(limit).minusSeconds(1), NOW, limit));
    }
}
