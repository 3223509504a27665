package jp.kakehashi.member.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kakehashi.member.domain.ApiToken;
import jp.kakehashi.shared.crypto.Secrets;

@Stateless
public class DefaultApiTokens implements ApiTokens {

    private static final String ACCESS_PREFIX = "kka_";
    private static final String REFRESH_PREFIX = "kkr_";
    private static final String DEVICE_PREFIX = "kkd_";
    /** A device's last use is written at most this often: not a write per call. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private ApiTokenConfiguration configuration;

    private final Clock clock = Clock.systemUTC();

    @Override
    public TokenPair issue(long memberId) {
        return pair(memberId, UUID.randomUUID().toString(), clock.instant());
    }

    @Override
    public Optional<TokenPair> refresh(String refreshToken) {
        if (refreshToken == null || !refreshToken.startsWith(REFRESH_PREFIX) || refreshToken.length() > 200) {
            return Optional.empty();
        }
        ApiToken stored =
                entityManager.find(ApiToken.class, Secrets.sha256Hex(refreshToken), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (stored == null || stored.getKind() != ApiToken.Kind.REFRESH) {
            return Optional.empty();
        }
        if (stored.isRevoked()) {
            // Spent before: whoever holds the newer tokens may be a thief; end the whole sign-in
            revokeFamily(stored.getFamily(), now);
            return Optional.empty();
        }
        if (!stored.isUsableAt(now)) {
            return Optional.empty();
        }
        jp.kakehashi.member.domain.Member member =
                entityManager.find(jp.kakehashi.member.domain.Member.class, stored.getMemberId());
        if (member == null || member.isDisabled()) {
            // Disabling revoked the family already; this closes the moment between the two
            revokeFamily(stored.getFamily(), now);
            return Optional.empty();
        }
        stored.revoke(now);
        return Optional.of(pair(stored.getMemberId(), stored.getFamily(), now));
    }

    @Override
    public Optional<TokenCaller> authenticate(String token) {
        if (token == null
                || token.length() > 200
                || !(token.startsWith(ACCESS_PREFIX) || token.startsWith(DEVICE_PREFIX))) {
            return Optional.empty();
        }
        ApiToken stored = entityManager.find(ApiToken.class, Secrets.sha256Hex(token));
        Instant now = clock.instant();
        if (stored == null || stored.getKind() == ApiToken.Kind.REFRESH || !stored.isUsableAt(now)) {
            return Optional.empty();
        }
        if (stored.getKind() == ApiToken.Kind.DEVICE) {
            stored.usedAt(now, LAST_USE_RESOLUTION);
        }
        return Optional.of(new TokenCaller(
                stored.getMemberId(), stored.getKind() == ApiToken.Kind.DEVICE ? stored.getScope() : null));
    }

    @Override
    public void revoke(String token) {
        if (token == null || token.length() > 200) {
            return;
        }
        ApiToken stored = entityManager.find(ApiToken.class, Secrets.sha256Hex(token));
        if (stored == null) {
            return;
        }
        Instant now = clock.instant();
        if (stored.getKind() == ApiToken.Kind.DEVICE) {
            stored.revoke(now);
        } else {
            revokeFamily(stored.getFamily(), now);
        }
    }

    @Override
    public String issueDeviceCredential(long memberId, String modelId, String serialNumber) {
        String token = DEVICE_PREFIX + Secrets.newSecret();
        Instant now = clock.instant();
        entityManager.persist(new ApiToken(
                Secrets.sha256Hex(token),
                memberId,
                ApiToken.Kind.DEVICE,
                UUID.randomUUID().toString(),
                TokenCaller.scopeOf(modelId, serialNumber),
                now,
                now.plus(configuration.deviceCredentialLifetime())));
        return token;
    }

    @Override
    public Optional<String> rotateDeviceCredential(String deviceCredential) {
        if (deviceCredential == null
                || deviceCredential.length() > 200
                || !deviceCredential.startsWith(DEVICE_PREFIX)) {
            return Optional.empty();
        }
        ApiToken stored =
                entityManager.find(ApiToken.class, Secrets.sha256Hex(deviceCredential), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (stored == null || stored.getKind() != ApiToken.Kind.DEVICE || !stored.isUsableAt(now)) {
            return Optional.empty();
        }
        stored.revoke(now);
        String token = DEVICE_PREFIX + Secrets.newSecret();
        entityManager.persist(new ApiToken(
                Secrets.sha256Hex(token),
                stored.getMemberId(),
                ApiToken.Kind.DEVICE,
                stored.getFamily(),
                stored.getScope(),
                now,
                now.plus(configuration.deviceCredentialLifetime())));
        return Optional.of(token);
    }

    @Override
    public List<DeviceCredential> deviceCredentials(long memberId) {
        return entityManager
                .createNamedQuery(ApiToken.USABLE_DEVICE_CREDENTIALS, ApiToken.class)
                .setParameter("memberId", memberId)
                .setParameter("now", clock.instant())
                .getResultStream()
                .map(DefaultApiTokens::deviceCredential)
                .toList();
    }

    private static DeviceCredential deviceCredential(ApiToken token) {
        int slash = token.getScope().indexOf('/');
        return new DeviceCredential(
                token.getTokenHash().substring(0, 8),
                token.getScope().substring(0, slash),
                token.getScope().substring(slash + 1),
                token.getCreatedAt(),
                token.getLastUsedAt(),
                token.getExpiresAt());
    }

    @Override
    public int revokeEverything(long memberId) {
        return entityManager
                .createNamedQuery(ApiToken.REVOKE_MEMBER)
                .setParameter("now", clock.instant())
                .setParameter("memberId", memberId)
                .executeUpdate();
    }

    @Override
    public int revokeDeviceCredentials(String modelId, String serialNumber) {
        return entityManager
                .createNamedQuery(ApiToken.REVOKE_SCOPE)
                .setParameter("now", clock.instant())
                .setParameter("scope", TokenCaller.scopeOf(modelId, serialNumber))
                .executeUpdate();
    }

    private TokenPair pair(long memberId, String family, Instant now) {
        // Expired tokens are of no use to anyone: each sign-in or refresh takes a few of them away
        entityManager
                .createNamedQuery(ApiToken.FORGET_EXPIRED)
                .setParameter("before", now.minus(configuration.refreshTokenLifetime()))
                .executeUpdate();
        String access = ACCESS_PREFIX + Secrets.newSecret();
        String refresh = REFRESH_PREFIX + Secrets.newSecret();
        Instant accessExpiry = now.plus(configuration.accessTokenLifetime());
        entityManager.persist(new ApiToken(
                Secrets.sha256Hex(access), memberId, ApiToken.Kind.ACCESS, family, null, now, accessExpiry));
        entityManager.persist(new ApiToken(
                Secrets.sha256Hex(refresh),
                memberId,
                ApiToken.Kind.REFRESH,
                family,
                null,
                now,
                now.plus(configuration.refreshTokenLifetime())));
        return new TokenPair(access, accessExpiry, refresh);
    }

    private void revokeFamily(String family, Instant now) {
        entityManager
                .createNamedQuery(ApiToken.REVOKE_FAMILY)
                .setParameter("now", now)
                .setParameter("family", family)
                .executeUpdate();
    }
}
