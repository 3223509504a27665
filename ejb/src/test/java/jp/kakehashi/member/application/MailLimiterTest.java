package jp.kakehashi.member.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MailLimiterTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(1);

    /** Mails as the store holds them: when, and from which source (hashed). */
    private record Sent(Instant at, String sourceHash) {}

    private final List<Sent> sent = new ArrayList<>();

    private final MailLimiter.SentMails store = new MailLimiter.SentMails() {
        @Override
        public long fromSource(String sourceHash, Instant since) {
            return sent.stream()
                    .filter(mail -> mail.at().isAfter(since) && Objects.equals(mail.sourceHash(), sourceHash))
                    .count();
        }

        @Override
        public long overall(Instant since) {
            return sent.stream().filter(mail -> mail.at().isAfter(since)).count();
        }
    };

    private void send(String source, Instant at) {
        sent.add(new Sent(at, MailLimiter.sourceHash(source)));
    }

    @Test
    void aSourceIsRefusedOnceItHasCausedItsShareWithinTheWindowAndOthersAreNot() {
        MailLimiter limiter = new MailLimiter(3, 100, WINDOW, null);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limiter.reached("198.51.100.7", NOW, store));
            send("198.51.100.7", NOW);
        }

        assertEquals(Optional.of(MailLimiter.Limit.SOURCE), limiter.reached("198.51.100.7", NOW, store));
        assertEquals(Optional.empty(), limiter.reached("198.51.100.8", NOW, store));
    }

    @Test
    void mailsOlderThanTheWindowNoLongerCount() {
        MailLimiter limiter = new MailLimiter(2, 100, WINDOW, null);
        send("198.51.100.7", NOW.minus(WINDOW));
        send("198.51.100.7", NOW.minus(WINDOW).minusSeconds(1));
        send("198.51.100.7", NOW.minus(WINDOW).plusSeconds(1));

        assertEquals(Optional.empty(), limiter.reached("198.51.100.7", NOW, store));
        send("198.51.100.7", NOW);
        assertEquals(Optional.of(MailLimiter.Limit.SOURCE), limiter.reached("198.51.100.7", NOW, store));
    }

    @Test
    void theShopWideLimitHoldsForEverySourceTheUnknownAndTheUnlimitedOnes() {
        MailLimiter limiter = new MailLimiter(10, 4, WINDOW, Pattern.compile("203[.]0[.]113[.][0-9]+"));
        for (int i = 0; i < 4; i++) {
            send("198.51.100." + i, NOW);
        }

        assertEquals(Optional.of(MailLimiter.Limit.OVERALL), limiter.reached("198.51.100.99", NOW, store));
        assertEquals(Optional.of(MailLimiter.Limit.OVERALL), limiter.reached(null, NOW, store));
        assertEquals(Optional.of(MailLimiter.Limit.OVERALL), limiter.reached("203.0.113.5", NOW, store));
    }

    @Test
    void anUnlimitedSourceIsNotCountedPerSource() {
        MailLimiter limiter = new MailLimiter(1, 100, WINDOW, Pattern.compile("127[.][0-9.]+|::1"));
        send("127.0.0.1", NOW);
        send("127.0.0.1", NOW);

        assertEquals(Optional.empty(), limiter.reached("127.0.0.1", NOW, store));
        send("198.51.100.7", NOW);
        assertEquals(Optional.of(MailLimiter.Limit.SOURCE), limiter.reached("198.51.100.7", NOW, store));
        assertEquals(
                Optional.empty(), limiter.reached(null, NOW, store), "an unknown source is limited shop-wide only");
    }

    @Test
    void zeroTurnsALimitOff() {
        MailLimiter limiter = new MailLimiter(0, 0, WINDOW, null);
        for (int i = 0; i < 50; i++) {
            send("198.51.100.7", NOW);
        }
        assertEquals(Optional.empty(), limiter.reached("198.51.100.7", NOW, store));
    }

    @Test
    void anIpv6SourceCountsByItsSlash64AndIpv4ByItself() {
        assertEquals(MailLimiter.sourceHash("2001:db8:1:2:aaaa::1"), MailLimiter.sourceHash("[2001:db8:1:2:bbbb::2]"));
        assertNotEquals(MailLimiter.sourceHash("2001:db8:1:2::1"), MailLimiter.sourceHash("2001:db8:1:3::1"));
        assertNotEquals(MailLimiter.sourceHash("198.51.100.7"), MailLimiter.sourceHash("198.51.100.8"));
        assertEquals(64, MailLimiter.sourceHash("198.51.100.7").length(), "hashed: no client address is kept");
        assertNull(MailLimiter.sourceHash(" "));
        assertEquals("not-an-address:x", MailLimiter.grouped("not-an-address:x"), "never looked up as a host name");

        MailLimiter limiter = new MailLimiter(1, 100, WINDOW, null);
        send("2001:db8:1:2::10", NOW);
        assertEquals(Optional.of(MailLimiter.Limit.SOURCE), limiter.reached("2001:db8:1:2::20", NOW, store));
    }

    @Test
    void aNegativeLimitOrAnEmptyWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MailLimiter(-1, 1, WINDOW, null));
        assertThrows(IllegalArgumentException.class, () -> new MailLimiter(1, -1, WINDOW, null));
        assertThrows(IllegalArgumentException.class, () -> new MailLimiter(1, 1, Duration.ZERO, null));
    }
}
