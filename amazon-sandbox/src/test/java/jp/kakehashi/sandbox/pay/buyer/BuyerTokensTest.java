package jp.kakehashi.sandbox.pay.buyer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import jp.kakehashi.sandbox.pay.MutableClock;
import org.junit.jupiter.api.Test;

class BuyerTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T00:00:00Z"));
    private final BuyerTokens tokens = new BuyerTokens(clock, Duration.ofMinutes(10));

    @Test
    void aTokenRemembersTheBuyerAndTheScopesAndCanBeRedeemedAgainUntilItExpires() {
        BuyerToken token = tokens.issue(TestBuyers.PAY_TESTER, EnumSet.of(Scope.NAME, Scope.EMAIL), "SANDBOX-KEY");

        assertEquals(
                TestBuyers.PAY_TESTER.buyerId(),
                tokens.redeemable(token.token()).orElseThrow().buyerId());
        assertEquals(
                EnumSet.of(Scope.NAME, Scope.EMAIL),
                tokens.redeemable(token.token()).orElseThrow().scopes());

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertTrue(tokens.redeemable(token.token()).isPresent());

        clock.advance(Duration.ofSeconds(1));
        assertTrue(tokens.redeemable(token.token()).isEmpty());
    }

    @Test
    void unknownTokensAreNotRedeemable() {
        assertTrue(tokens.redeemable("26be7331-7dc2-4722-be22-f7e75582d3ef").isEmpty());
        assertTrue(tokens.redeemable(null).isEmpty());
    }

    @Test
    void expiredTokensAreListedUntilForgottenOneLifetimeLater() {
        BuyerToken old = tokens.issue(TestBuyers.PAY_TESTER, EnumSet.of(Scope.NAME), "K");
        clock.advance(Duration.ofMinutes(15));
        BuyerToken newer = tokens.issue(TestBuyers.TRICKY, EnumSet.of(Scope.NAME), "K");

        assertEquals(2, tokens.recent(10).size());
        assertEquals(newer, tokens.recent(10).get(0));
        assertTrue(tokens.recent(10).get(1).isExpiredAt(tokens.now()));

        clock.advance(Duration.ofMinutes(6));
        tokens.issue(TestBuyers.GIFT_CARD_ONLY, EnumSet.of(Scope.NAME), "K");
        assertTrue(tokens.recent(10).stream().noneMatch(token -> token.token().equals(old.token())));
    }
}
