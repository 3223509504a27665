package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;
import jp.kakehashi.drs.infrastructure.DeviceTokenVault;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultDeviceSetupService implements DeviceSetupService {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private DeviceTokenVault vault;

    @Inject
    private DrsNotificationService devices;

    @Inject
    private LoginWithAmazonConfiguration configuration;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Device recordSetUp(Long memberId, String modelId, String serialNumber, TokenGrant tokens,
                              DeviceTokens.ObtainedBy obtainedBy) {
        Instant now = clock.instant();
        Device device = devices.findDevice(modelId, serialNumber).orElseGet(() -> {
            Device created = Device.setUpWithoutNotification(modelId, serialNumber, now);
            entityManager.persist(created);
            return created;
        });
        device.setUpBy(memberId, now);
        entityManager.flush();
        DeviceTokens stored = entityManager.find(DeviceTokens.class, device.getId());
        boolean first = stored == null;
        if (first) {
            stored = new DeviceTokens(device.getId(), obtainedBy, now);
        }
        stored.store(vault.seal(device.getId(), tokens), vault.currentKeyId(), dueAt(tokens), obtainedBy, now);
        if (first) {
            entityManager.persist(stored);
        }
        return device;
    }

    @Override
    public List<Device> devicesOf(long memberId, String amazonBuyerId) {
        return entityManager.createNamedQuery(Device.BY_MEMBER_OR_CUSTOMER, Device.class)
                .setParameter("memberId", memberId)
                .setParameter("customerId", amazonBuyerId == null ? "" : amazonBuyerId)
                .getResultList();
    }

    @Override
    public Optional<DeviceTokens> tokensOf(long deviceId) {
        return Optional.ofNullable(entityManager.find(DeviceTokens.class, deviceId));
    }

    @Override
    public List<DeviceTokens> dueForRefresh(Instant by, int max) {
        return entityManager.createNamedQuery(DeviceTokens.DUE, DeviceTokens.class)
                .setParameter("state", DeviceTokens.State.ACTIVE)
                .setParameter("now", by)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public int markAllDue(Instant now) {
        return entityManager.createQuery("UPDATE DeviceTokens t SET t.refreshDueAt = :now, t.version = t.version + 1 "
                        + "WHERE t.state = :state AND t.refreshDueAt > :now")
                .setParameter("now", now).setParameter("state", DeviceTokens.State.ACTIVE).executeUpdate();
    }

    @Override
    public TokenCounts countTokens(Instant now) {
        Object[] counts = entityManager.createQuery("SELECT "
                        + "SUM(CASE WHEN t.state = :active THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN t.state = :active AND t.refreshDueAt <= :now THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN t.state = :needsSetup THEN 1 ELSE 0 END) FROM DeviceTokens t", Object[].class)
                .setParameter("active", DeviceTokens.State.ACTIVE).setParameter("needsSetup", DeviceTokens.State.NEEDS_SETUP)
                .setParameter("now", now).getSingleResult();
        return new TokenCounts(number(counts[0]), number(counts[1]), number(counts[2]));
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimRefresh(long deviceId, Instant now, Instant until) {
        return entityManager.createNamedQuery(DeviceTokens.CLAIM)
                .setParameter("until", until).setParameter("deviceId", deviceId)
                .setParameter("state", DeviceTokens.State.ACTIVE).setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Override
    public TokenGrant openTokens(long deviceId) {
        DeviceTokens tokens = tokensOf(deviceId).orElseThrow(() -> new IllegalArgumentException("No tokens for device " + deviceId));
        return vault.open(deviceId, tokens.getSealedTokens());
    }

    @Override
    public void recordRefresh(long deviceId, TokenGrant tokens) {
        DeviceTokens stored = tokensOf(deviceId).orElseThrow();
        stored.refreshed(vault.seal(deviceId, tokens), vault.currentKeyId(), dueAt(tokens), clock.instant());
    }

    @Override
    public void recordRefreshFailure(long deviceId, String error, Instant retryAt) {
        tokensOf(deviceId).orElseThrow().refreshFailed(error, retryAt, clock.instant());
    }

    @Override
    public void recordRefused(long deviceId, String error) {
        Instant now = clock.instant();
        tokensOf(deviceId).orElseThrow().refused(error, now);
        Device device = entityManager.find(Device.class, deviceId);
        if (device != null) {
            device.needsSetup(now);
        }
    }

    private Instant dueAt(TokenGrant tokens) {
        return tokens.accessTokenExpiresAt().minus(configuration.refreshMargin());
    }
}
