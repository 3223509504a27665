package jp.kakehashi.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailedLinkTest {

    private static final Instant SENT = Instant.parse("2026-12-05T06:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final PasswordReset link = new PasswordReset("hash", 7, "taro@example.jp", SENT, SENT.plus(LIFETIME));

    @Test
    void aLinkWorksUntilItsLifetimeEnds() {
        assertEquals(MailedLink.State.USABLE, link.stateAt(SENT));
        assertEquals(MailedLink.State.USABLE, link.stateAt(SENT.plus(LIFETIME).minusMillis(1)));
        assertEquals(MailedLink.State.EXPIRED, link.stateAt(SENT.plus(LIFETIME)));
    }

    @Test
    void aLinkWorksOnceAndSaysSoAfterwardsEvenWhenItWouldHaveExpiredMeanwhile() {
        link.use(SENT.plusSeconds(60));
        assertEquals(MailedLink.State.USED, link.stateAt(SENT.plusSeconds(61)));
        assertEquals(MailedLink.State.USED, link.stateAt(SENT.plus(LIFETIME).plusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> link.use(SENT.plusSeconds(62)));
    }

    @Test
    void anExpiredLinkCannotBeUsed() {
        assertThrows(IllegalStateException.class, () -> link.use(SENT.plus(LIFETIME)));
        assertEquals(MailedLink.State.EXPIRED, link.stateAt(SENT.plus(LIFETIME)));
    }

    @Test
    void aLinkMustLiveAWhile() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordReset("hash", 7, "a@example.jp", SENT, SENT));
    }

    @Test
    void anAddressChangeKeepsBothAddressesNormalised() {
        EmailChange change =
                new EmailChange("hash", 7, " Old@Example.JP", "New@Example.jp ", SENT, SENT.plus(LIFETIME));
        assertEquals("old@example.jp", change.getOldEmail());
        assertEquals("new@example.jp", change.getNewEmail());
    }
}
