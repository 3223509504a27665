package jp.kakehashi.sandbox.lwa.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.kakehashi.sandbox.lwa.AccessTokenLifetime;
import jp.kakehashi.sandbox.lwa.domain.LwaError;

/**
 * Access tokens ({@code Atza|...}, living {@code sandbox.lwa.access-token-lifetime}) and refresh tokens
 * ({@code Atzr|...}, living until used: a refresh answers a new pair and the old refresh token stops working).
 */
@ApplicationScoped
public class IssuedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

    private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, RefreshToken> refreshTokens = new ConcurrentHashMap<>();
    /** When issuing next sweeps out expired access tokens: a sweep reads them all, so not on every issue. */
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    private Supplier<Duration> lifetime;
    private Clock clock;

    protected IssuedTokens() {}

    @Inject
    public IssuedTokens(AccessTokenLifetime lifetime) {
        this(lifetime, Clock.systemUTC());
    }

    public IssuedTokens(Supplier<Duration> accessTokenLifetime, Clock clock) {
        this.lifetime = accessTokenLifetime;
        this.clock = clock;
    }

    public TokenResponse issue(TokenSubject subject) {
        Instant now = clock.instant();
        Instant sweepDue = nextSweep.get();
        if (!now.isBefore(sweepDue) && nextSweep.compareAndSet(sweepDue, now.plus(SWEEP_EVERY))) {
            forgetExpired(now);
        }
        Duration accessLifetime = lifetime.get();
        AccessToken access = new AccessToken("Atza|" + random(), subject, now, now.plus(accessLifetime));
        RefreshToken refresh = new RefreshToken("Atzr|" + random(), subject, now);
        accessTokens.put(access.value(), access);
        refreshTokens.put(refresh.value(), refresh);
        return new TokenResponse(access.value(), accessLifetime.toSeconds(), refresh.value());
    }

    /** A new pair for a refresh token of this client; the old refresh token is revoked, its access token lives on. */
    public TokenResponse refresh(String refreshToken, String clientId) {
        RefreshToken old = refreshToken == null ? null : refreshTokens.get(refreshToken);
        if (old == null || !old.subject().clientId().equals(clientId) || !refreshTokens.remove(refreshToken, old)) {
            throw LwaError.invalidGrant("The request has an invalid grant parameter : refresh_token");
        }
        return issue(old.subject());
    }

    /** Revokes every token issued for this device (the customer cancelled at Amazon): how many. */
    public int revokeDevice(String modelId, String serial) {
        int before = accessTokens.size() + refreshTokens.size();
        accessTokens.values().removeIf(token -> token.subject().isDevice(modelId, serial));
        refreshTokens.values().removeIf(token -> token.subject().isDevice(modelId, serial));
        return before - accessTokens.size() - refreshTokens.size();
    }

    /** Forgets the device's access tokens, as if they had expired; its refresh tokens stay. How many. */
    public int expireAccessTokens(String modelId, String serial) {
        int before = accessTokens.size();
        accessTokens.values().removeIf(token -> token.subject().isDevice(modelId, serial));
        return before - accessTokens.size();
    }

    /** The access token if it was issued here and has not expired: for other sandbox parts (DRS calls). */
    public Optional<AccessToken> findValidAccessToken(String value) {
        if (value == null) {
            return Optional.empty();
        }
        AccessToken token = accessTokens.get(value);
        return token != null && token.expiresAt().isAfter(clock.instant()) ? Optional.of(token) : Optional.empty();
    }

    /** What the console shows: every live token, masked. */
    public List<IssuedTokenView> overview() {
        Instant now = clock.instant();
        forgetExpired(now);
        return Stream.concat(
                        accessTokens.values().stream()
                                .map(t -> new IssuedTokenView(
                                        "access", mask(t.value()), t.subject(), t.issuedAt(), t.expiresAt())),
                        refreshTokens.values().stream()
                                .map(t -> new IssuedTokenView(
                                        "refresh", mask(t.value()), t.subject(), t.issuedAt(), null)))
                .sorted(Comparator.comparing(IssuedTokenView::issuedAt).reversed())
                .toList();
    }

    public int liveAccessTokenCount() {
        Instant now = clock.instant();
        return (int) accessTokens.values().stream()
                .filter(t -> t.expiresAt().isAfter(now))
                .count();
    }

    public int refreshTokenCount() {
        return refreshTokens.size();
    }

    /** Expired tokens are refused when presented (see {@link #findValidAccessToken}) whether swept yet or not. */
    private void forgetExpired(Instant now) {
        accessTokens.values().removeIf(token -> !token.expiresAt().isAfter(now));
    }

    static String mask(String token) {
        return token.substring(0, Math.min(token.length(), 9)) + "…";
    }

    private static String random() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public record AccessToken(String value, TokenSubject subject, Instant issuedAt, Instant expiresAt) {
        @Override
        public String toString() {
            return "AccessToken[" + mask(value) + ", " + subject + ", expires " + expiresAt + "]";
        }
    }

    public record RefreshToken(String value, TokenSubject subject, Instant issuedAt) {
        @Override
        public String toString() {
            return "RefreshToken[" + mask(value) + ", " + subject + "]";
        }
    }

    /** @param expiresAt null for refresh tokens, which live until used */
    public record IssuedTokenView(
            String kind, String maskedValue, TokenSubject subject, Instant issuedAt, Instant expiresAt) {}
}
