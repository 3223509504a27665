package jp.kakehashi.sandbox.pay.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jp.kakehashi.sandbox.pay.PayConfig;

/**
 * Issued buyer tokens. A token can be redeemed any number of times until it expires (the official SDK retries Get
 * Buyer on 5xx, so a single-use token would break its retries); expired tokens are forgotten one lifetime later.
 */
@ApplicationScoped
public class BuyerTokens {

    private final Map<String, BuyerToken> tokens = new ConcurrentHashMap<>();
    private Clock clock;
    private Duration lifetime;

    protected BuyerTokens() {
        // for CDI's proxy
    }

    @Inject
    BuyerTokens(PayConfig config) {
        this(Clock.systemUTC(), config.buyerTokenLifetime());
    }

    public BuyerTokens(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public BuyerToken issue(TestBuyer buyer, Set<Scope> scopes, String publicKeyId) {
        Instant now = clock.instant();
        forgetOldTokens(now);
        BuyerToken token = new BuyerToken(
                UUID.randomUUID().toString(),
                buyer.buyerId(),
                Set.copyOf(scopes),
                publicKeyId,
                now,
                now.plus(lifetime));
        tokens.put(token.token(), token);
        return token;
    }

    /** The token if it was issued and has not expired. */
    public Optional<BuyerToken> redeemable(String token) {
        return Optional.ofNullable(token).map(tokens::get).filter(found -> !found.isExpiredAt(clock.instant()));
    }

    /** Newest first, expired ones included until they are forgotten. */
    public List<BuyerToken> recent(int limit) {
        return tokens.values().stream()
                .sorted(Comparator.comparing(BuyerToken::issuedAt).reversed())
                .limit(limit)
                .toList();
    }

    public Instant now() {
        return clock.instant();
    }

    private void forgetOldTokens(Instant now) {
        tokens.values().removeIf(token -> token.expiresAt().plus(lifetime).isBefore(now));
    }
}
