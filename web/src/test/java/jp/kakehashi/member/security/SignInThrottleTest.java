package jp.kakehashi.member.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import jp.kakehashi.member.application.SignInAttempts;
import org.junit.jupiter.api.Test;

/** The throttle's rules, with the database's attempts played by a list. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final InMemoryAttempts attempts = new InMemoryAttempts();
    private final SignInThrottle throttle = new SignInThrottle(attempts, () -> now);

    @Test
    void fiveAttemptsForAnAccountFromAnAddressBlockThatPairUntilTheyAge() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ACCOUNT_AND_ADDRESS; i++) {
            assertTrue(throttle.tryAttempt("Hanako@Example.jp", "192.0.2.1"), "attempt " + (i + 1));
        }

        assertFalse(throttle.tryAttempt("hanako@example.jp", "192.0.2.1"));
        assertTrue(throttle.isBlocked("hanako@example.jp", "192.0.2.1"));
        assertFalse(
                throttle.isBlocked("hanako@example.jp", "192.0.2.2"), "the member is not locked out from elsewhere");
        assertFalse(throttle.isBlocked("taro@example.jp", "192.0.2.1"));
        now = now.plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertFalse(throttle.isBlocked("hanako@example.jp", "192.0.2.1"));
    }

    @Test
    void anAttemptCountsBeforeItsPasswordIsChecked() {
        // Five guesses in flight at once, none of them answered yet: a sixth is refused.
        for (int i = 0; i < SignInThrottle.MAX_PER_ACCOUNT_AND_ADDRESS; i++) {
            throttle.tryAttempt("hanako@example.jp", "192.0.2.1");
        }

        assertFalse(throttle.tryAttempt("hanako@example.jp", "192.0.2.1"));
        assertEquals(
                SignInThrottle.MAX_PER_ACCOUNT_AND_ADDRESS,
                attempts.recorded.size(),
                "a refused attempt is not recorded");
    }

    @Test
    void manyAccountsTriedFromOneAddressBlockTheAddress() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ADDRESS; i++) {
            throttle.tryAttempt("member" + i + "@example.jp", "198.51.100.7");
        }

        assertTrue(throttle.isBlocked("someone-new@example.jp", "198.51.100.7"));
        assertFalse(throttle.isBlocked("someone-new@example.jp", "198.51.100.8"));
    }

    @Test
    void anIpv6SubscriberCountsByItsSlash64() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ADDRESS; i++) {
            throttle.tryAttempt("member" + i + "@example.jp", "2001:db8:1:2:" + Integer.toHexString(i) + "::1");
        }

        assertTrue(throttle.isBlocked("someone-new@example.jp", "2001:db8:1:2:ffff::9"), "the same /64");
        assertFalse(throttle.isBlocked("someone-new@example.jp", "2001:db8:1:3::1"), "another /64");
        assertEquals(
                SignInThrottle.addressKey("2001:0db8:0001:0002:0000:0000:0000:0001"),
                SignInThrottle.addressKey("[2001:db8:1:2::5]"));
        assertEquals("192.0.2.1", SignInThrottle.addressKey("192.0.2.1"));
    }

    @Test
    void theRightPasswordForgetsThePairsAttempts() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ACCOUNT_AND_ADDRESS - 1; i++) {
            throttle.tryAttempt("hanako@example.jp", "192.0.2.1");
        }
        throttle.succeeded("hanako@example.jp", "192.0.2.1");
        throttle.tryAttempt("hanako@example.jp", "192.0.2.1");

        assertFalse(throttle.isBlocked("hanako@example.jp", "192.0.2.1"));
    }

    @Test
    void manyAddressesGuessingOneAccountSlowItForAShortWhileOnly() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ACCOUNT; i++) {
            assertTrue(throttle.tryAttempt("hanako@example.jp", "203.0.113." + i), "attempt " + (i + 1));
        }

        assertFalse(
                throttle.tryAttempt("hanako@example.jp", "198.51.100.99"), "a fresh address gets no more guesses now");
        assertTrue(throttle.isBlocked("hanako@example.jp", "192.0.2.200"), "the owner waits too, but briefly");
        assertFalse(throttle.isBlocked("taro@example.jp", "203.0.113.1"), "other accounts from those addresses do not");
        now = now.plus(SignInThrottle.ACCOUNT_WINDOW).plusSeconds(1);
        assertTrue(throttle.tryAttempt("hanako@example.jp", "192.0.2.200"), "a minute later the owner signs in");
    }

    @Test
    void oneAddressGuessingManyAccountsLocksThatAddressOnly() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ADDRESS; i++) {
            throttle.tryAttempt("member" + i + "@example.jp", "198.51.100.7");
        }

        assertFalse(throttle.tryAttempt("member0@example.jp", "198.51.100.7"));
        assertFalse(
                throttle.isBlocked("member0@example.jp", "198.51.100.8"),
                "the same accounts from elsewhere are not locked");
    }

    @Test
    void membersBehindASharedAddressWhoMistypeThenSignInDoNotLockIt() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ADDRESS * 2; i++) {
            String member = "office" + i + "@example.jp";
            assertTrue(throttle.tryAttempt(member, "192.0.2.50"), "member " + i + "'s typo");
            assertTrue(throttle.tryAttempt(member, "192.0.2.50"), "member " + i + "'s right password");
            throttle.succeeded(member, "192.0.2.50");
        }

        assertFalse(throttle.isBlocked("someone-else@example.jp", "192.0.2.50"));
    }

    @Test
    void aPairLockDoesNotLockTheAccountElsewhereNorTheAddressForOthers() {
        for (int i = 0; i < SignInThrottle.MAX_PER_ACCOUNT_AND_ADDRESS; i++) {
            throttle.tryAttempt("hanako@example.jp", "192.0.2.1");
        }

        assertTrue(throttle.isBlocked("hanako@example.jp", "192.0.2.1"));
        assertFalse(throttle.isBlocked("hanako@example.jp", "192.0.2.2"));
        assertFalse(throttle.isBlocked("taro@example.jp", "192.0.2.1"));
    }

    @Test
    void noEmailAddressIsKept() {
        throttle.tryAttempt("hanako@example.jp", "192.0.2.1");

        assertFalse(attempts.recorded.get(0).pairKey().contains("hanako"));
        assertNotEquals(
                SignInThrottle.pairKey("hanako@example.jp", "a"), SignInThrottle.pairKey("taro@example.jp", "a"));
    }

    /** The database's attempts as a list, with the same rules. */
    static final class InMemoryAttempts implements SignInAttempts {

        record Attempt(String pairKey, String addressKey, Instant at) {}

        final List<Attempt> recorded = new ArrayList<>();

        @Override
        public OptionalLong reserve(String pairKey, String addressKey, Instant now, Limits limits) {
            if (isBlocked(pairKey, addressKey, limits)) {
                return OptionalLong.empty();
            }
            recorded.add(new Attempt(pairKey, addressKey, now));
            return OptionalLong.of(recorded.size());
        }

        @Override
        public boolean isBlocked(String pairKey, String addressKey, Limits limits) {
            String accountPrefix = SignInAttempts.accountKeyOf(pairKey) + "|";
            return recorded.stream()
                                    .filter(a -> a.at().isAfter(limits.since())
                                            && a.pairKey().equals(pairKey))
                                    .count()
                            >= limits.perPair()
                    || recorded.stream()
                                    .filter(a -> a.at().isAfter(limits.since())
                                            && a.addressKey().equals(addressKey))
                                    .count()
                            >= limits.perAddress()
                    || recorded.stream()
                                    .filter(a -> a.at().isAfter(limits.accountSince())
                                            && a.pairKey().startsWith(accountPrefix))
                                    .count()
                            >= limits.perAccount();
        }

        @Override
        public void forget(String pairKey) {
            recorded.removeIf(a -> a.pairKey().equals(pairKey));
        }
    }
}
