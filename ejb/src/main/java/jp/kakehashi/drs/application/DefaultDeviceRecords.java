package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceClaimant;
import jp.kakehashi.drs.domain.DeviceOwnershipChanged;
import jp.kakehashi.drs.domain.DeviceSetupAttempt;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;

@Stateless
public class DefaultDeviceRecords implements DeviceRecords {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private TokenSealing vault;

    @Inject
    private DeviceRepository devices;

    @Inject
    private LoginWithAmazonConfiguration configuration;

    @Inject
    private Event<DeviceOwnershipChanged> ownershipChanges;

    @Inject
    private DeviceSubscriptions subscriptions;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Device recordSetUp(
            DeviceClaimant claimant,
            String modelId,
            String serialNumber,
            TokenGrant tokens,
            DeviceTokens.ObtainedBy obtainedBy) {
        Instant now = clock.instant();
        Optional<Device> known = devices.find(modelId, serialNumber);
        // The row is locked so that two members' setups of one device are decided one after the other.
        known.ifPresent(device -> entityManager.refresh(device, LockModeType.PESSIMISTIC_WRITE));
        Device device = known.orElseGet(() -> {
            Device created = Device.setUpWithoutNotification(modelId, serialNumber, now);
            entityManager.persist(created);
            return created;
        });
        if (claimant != null && !device.claimableBy(claimant)) {
            throw new DeviceNotClaimableException("Device " + device.getId() + " is held by another member");
        }
        Optional<Long> takenFrom = device.setUpBy(claimant, now);
        entityManager.flush();
        DeviceTokens stored = entityManager.find(DeviceTokens.class, device.getId());
        boolean first = stored == null;
        if (first) {
            stored = new DeviceTokens(device.getId(), obtainedBy, now);
        }
        // The previous member's tokens are overwritten here: nothing of theirs survives the change of hands.
        stored.store(vault.seal(device.getId(), tokens), vault.currentKeyId(), dueAt(tokens), obtainedBy, now);
        if (first) {
            entityManager.persist(stored);
        }
        // Whoever set it up, Amazon is asked again what the customer subscribed (SubscriptionChecks)
        subscriptions.forgetSubscriptions(device.getId());
        takenFrom.ifPresent(previous -> ownershipChanges.fire(new DeviceOwnershipChanged(
                device.getId(),
                modelId,
                serialNumber,
                previous,
                claimant.memberId(),
                DeviceOwnershipChanged.Cause.SET_UP_BY_REGISTERED_CUSTOMER,
                "member:" + claimant.memberId())));
        return device;
    }

    @Override
    public boolean mayClaim(DeviceClaimant claimant, String modelId, String serialNumber) {
        return devices.find(modelId, serialNumber)
                .map(device -> device.claimableBy(claimant))
                .orElse(true);
    }

    @Override
    public boolean registeredToAmazonAccountOf(DeviceClaimant claimant, String modelId, String serialNumber) {
        return devices.find(modelId, serialNumber)
                .map(device -> device.registeredToAmazonAccountOf(claimant))
                .orElse(false);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean reserveSetupAttempt(DeviceClaimant claimant, String modelId, boolean proven) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(configuration.setupAttemptsWindow());
        // Attempts older than the window are not counted; DataRetention prunes them (retention.setup-attempts), not
        // each
        // setup: concurrent setups deleting the same old rows waited for each other's commits
        long byMember = count(DeviceSetupAttempt.COUNT_SINCE, "memberId", claimant.memberId(), windowStart);
        long fromSource = claimant.source() == null
                ? 0
                : count(DeviceSetupAttempt.COUNT_FROM_SOURCE_SINCE, "source", claimant.source(), windowStart);
        long unprovenOfModel =
                proven ? 0 : count(DeviceSetupAttempt.COUNT_UNPROVEN_OF_MODEL_SINCE, "modelId", modelId, windowStart);
        if (!configuration
                .setupAttemptLimits()
                .admits(byMember, claimant.source(), fromSource, proven, unprovenOfModel)) {
            return false;
        }
        entityManager.persist(new DeviceSetupAttempt(claimant, modelId, proven, now));
        return true;
    }

    private long count(String query, String parameter, Object value, Instant since) {
        return entityManager
                .createNamedQuery(query, Long.class)
                .setParameter(parameter, value)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public boolean hasActiveTokens(String modelId, String serialNumber) {
        return devices.find(modelId, serialNumber)
                .flatMap(device -> tokensOf(device.getId()))
                .filter(tokens -> tokens.getState() == DeviceTokens.State.ACTIVE)
                .isPresent();
    }

    @Override
    public List<Device> devicesOf(long memberId, String amazonBuyerId) {
        return entityManager
                .createNamedQuery(Device.BY_MEMBER_OR_CUSTOMER, Device.class)
                .setParameter("memberId", memberId)
                .setParameter("customerId", amazonBuyerId == null ? "" : amazonBuyerId)
                .getResultList();
    }

    @Override
    public Optional<Device> deviceOf(long memberId, String modelId, String serialNumber) {
        return devices.find(modelId, serialNumber).filter(device -> device.isOwnedBy(memberId));
    }

    @Override
    public boolean remove(long memberId, String modelId, String serialNumber) {
        Optional<Device> held = deviceOf(memberId, modelId, serialNumber);
        if (held.isEmpty()) {
            return false;
        }
        Device device = held.get();
        // Read again under the lock: the DeviceDeregisteredNotification that our own deregistration caused may have
        // changed the row since it was loaded (a lock alone would then fail on the stale version)
        entityManager.refresh(device, LockModeType.PESSIMISTIC_WRITE);
        if (!device.isOwnedBy(memberId)) {
            return false;
        }
        device.release(clock.instant());
        destroyTokens(device.getId());
        ownershipChanges.fire(new DeviceOwnershipChanged(
                device.getId(),
                modelId,
                serialNumber,
                memberId,
                null,
                DeviceOwnershipChanged.Cause.REMOVED_BY_MEMBER,
                "member:" + memberId));
        return true;
    }

    private void destroyTokens(long deviceId) {
        DeviceTokens tokens = entityManager.find(DeviceTokens.class, deviceId);
        if (tokens != null) {
            entityManager.remove(tokens);
        }
    }

    @Override
    public Optional<Device> device(long deviceId) {
        return devices.device(deviceId);
    }

    @Override
    public Optional<DeviceTokens> tokensOf(long deviceId) {
        return Optional.ofNullable(entityManager.find(DeviceTokens.class, deviceId));
    }

    @Override
    public Map<Long, DeviceTokens> tokensOf(Collection<Long> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery("SELECT t FROM DeviceTokens t WHERE t.deviceId IN :ids", DeviceTokens.class)
                .setParameter("ids", deviceIds)
                .getResultStream()
                .collect(Collectors.toMap(DeviceTokens::getDeviceId, Function.identity()));
    }

    @Override
    public List<DeviceTokens> dueForRefresh(Instant by, int max) {
        return entityManager
                .createNamedQuery(DeviceTokens.DUE, DeviceTokens.class)
                .setParameter("state", DeviceTokens.State.ACTIVE)
                .setParameter("now", by)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public int markAllDue(Instant now) {
        return entityManager
                .createQuery("UPDATE DeviceTokens t SET t.refreshDueAt = :now, t.version = t.version + 1 "
                        + "WHERE t.state = :state AND t.refreshDueAt > :now")
                .setParameter("now", now)
                .setParameter("state", DeviceTokens.State.ACTIVE)
                .executeUpdate();
    }

    @Override
    public TokenCounts countTokens(Instant now) {
        Object[] counts = entityManager
                .createQuery(
                        "SELECT "
                                + "SUM(CASE WHEN t.state = :active THEN 1 ELSE 0 END), "
                                + "SUM(CASE WHEN t.state = :active AND t.refreshDueAt <= :now THEN 1 ELSE 0 END), "
                                + "SUM(CASE WHEN t.state = :needsSetup THEN 1 ELSE 0 END) FROM DeviceTokens t",
                        Object[].class)
                .setParameter("active", DeviceTokens.State.ACTIVE)
                .setParameter("needsSetup", DeviceTokens.State.NEEDS_SETUP)
                .setParameter("now", now)
                .getSingleResult();
        return new TokenCounts(number(counts[0]), number(counts[1]), number(counts[2]));
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimRefresh(long deviceId, Instant now, Instant until) {
        return entityManager
                        .createNamedQuery(DeviceTokens.CLAIM)
                        .setParameter("until", until)
                        .setParameter("deviceId", deviceId)
                        .setParameter("state", DeviceTokens.State.ACTIVE)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    @Override
    public TokenGrant openTokens(long deviceId) {
        DeviceTokens tokens =
                tokensOf(deviceId).orElseThrow(() -> new IllegalArgumentException("No tokens for device " + deviceId));
        return vault.open(deviceId, tokens.getSealedTokens());
    }

    @Override
    public boolean recordRefresh(long deviceId, long version, TokenGrant tokens) {
        return unchangedSince(deviceId, version)
                .map(stored -> {
                    stored.refreshed(
                            vault.seal(deviceId, tokens), vault.currentKeyId(), dueAt(tokens), clock.instant());
                    return true;
                })
                .orElse(false);
    }

    @Override
    public boolean recordRefreshFailure(
            long deviceId, long version, String error, Instant retryAt, boolean answerLost) {
        return unchangedSince(deviceId, version)
                .map(stored -> {
                    if (answerLost) {
                        stored.refreshInDoubt(error, retryAt, clock.instant());
                    } else {
                        stored.refreshFailed(error, retryAt, clock.instant());
                    }
                    return true;
                })
                .orElse(false);
    }

    @Override
    public boolean recordDoubtSettled(long deviceId, long version, String error, Instant retryAt) {
        return unchangedSince(deviceId, version)
                .map(stored -> {
                    stored.refreshFailed(error, retryAt, clock.instant());
                    stored.doubtSettled();
                    return true;
                })
                .orElse(false);
    }

    @Override
    public boolean recordRefused(long deviceId, long version, String error) {
        return unchangedSince(deviceId, version)
                .map(stored -> {
                    Instant now = clock.instant();
                    stored.refused(error, now);
                    device(deviceId).ifPresent(device -> device.needsSetup(now));
                    return true;
                })
                .orElse(false);
    }

    /** The device's tokens, locked, if nothing has written them since {@code version} was read. */
    private Optional<DeviceTokens> unchangedSince(long deviceId, long version) {
        return Optional.ofNullable(entityManager.find(DeviceTokens.class, deviceId, LockModeType.PESSIMISTIC_WRITE))
                .filter(stored -> stored.getVersion() == version);
    }

    private Instant dueAt(TokenGrant tokens) {
        return tokens.accessTokenExpiresAt().minus(configuration.refreshMargin());
    }
}
