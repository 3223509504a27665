package jp.kakehashi.member.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(() -> now);

    @Test
    void fiveFailuresForAnAccountFromAnAddressBlockThatPairUntilTheyAge() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ACCOUNT_AND_ADDRESS; i++) {
            assertFalse(throttle.isBlocked("hanako@example.jp", "192.0.2.1"));
            throttle.failed("Hanako@Example.jp", "192.0.2.1");
        }

        assertTrue(throttle.isBlocked("hanako@example.jp", "192.0.2.1"));
        assertFalse(throttle.isBlocked("hanako@example.jp", "192.0.2.2"), "the member is not locked out from elsewhere");
        assertFalse(throttle.isBlocked("taro@example.jp", "192.0.2.1"));
        now = now.plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertFalse(throttle.isBlocked("hanako@example.jp", "192.0.2.1"));
    }

    @Test
    void manyAccountsTriedFromOneAddressBlockTheAddress() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ADDRESS; i++) {
            throttle.failed("member" + i + "@example.jp", "198.51.100.7");
        }

        assertTrue(throttle.isBlocked("someone-new@example.jp", "198.51.100.7"));
        assertFalse(throttle.isBlocked("someone-new@example.jp", "198.51.100.8"));
    }

    @Test
    void theRightPasswordForgetsThePairsFailures() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ACCOUNT_AND_ADDRESS - 1; i++) {
            throttle.failed("hanako@example.jp", "192.0.2.1");
        }
        throttle.succeeded("hanako@example.jp", "192.0.2.1");
        throttle.failed("hanako@example.jp", "192.0.2.1");

        assertFalse(throttle.isBlocked("hanako@example.jp", "192.0.2.1"));
    }
}
