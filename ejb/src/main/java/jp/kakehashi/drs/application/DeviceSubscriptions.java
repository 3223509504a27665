package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceSlotKey;
import jp.kakehashi.drs.domain.SlotSubscription;
import jp.kakehashi.drs.domain.SubscriptionCheckDue;
import jp.kakehashi.drs.domain.SubscriptionCheckRequested;
import jp.kakehashi.drs.domain.SubscriptionInfo;

/**
 * What the customer subscribed per slot, as Amazon's SubscriptionInfo and SubscriptionChangedNotification said, and
 * when each device's subscriptions are to be read again (SubscriptionChecks).
 */
@Stateless
public class DeviceSubscriptions {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private Event<SubscriptionCheckRequested> checkRequests;

    private final Clock clock = Clock.systemUTC();

    /** A subscription read claimed by this server: done when {@link #recordSubscriptions} is given the same time back. */
    public record SubscriptionCheck(long deviceId, Instant claimedUntil) {}

    /**
     * The device's subscriptions are to be read now, by the caller (an admin's retry): with the device locked, as
     * every mark is, and without starting a read of its own.
     */
    public void checkSubscriptionsNow(long deviceId) {
        if (entityManager.find(Device.class, deviceId, LockModeType.PESSIMISTIC_WRITE) != null) {
            markSubscriptionCheckDue(deviceId);
        }
    }

    /**
     * Kakehashi is to read the device's subscriptions from Amazon (SubscriptionInfo) from now on: after a setup or a
     * change. The caller holds the device's lock, so that two marks of one device never insert twice.
     */
    public void checkSubscriptionsSoon(long deviceId) {
        markSubscriptionCheckDue(deviceId);
        checkRequests.fire(new SubscriptionCheckRequested(deviceId));
    }

    private void markSubscriptionCheckDue(long deviceId) {
        SubscriptionCheckDue due = entityManager.find(SubscriptionCheckDue.class, deviceId);
        if (due == null) {
            entityManager.persist(new SubscriptionCheckDue(deviceId, clock.instant()));
        } else {
            due.dueAgain(clock.instant());
        }
    }

    /** A new owner's setup: nothing of the previous subscriptions is shown until Amazon tells them again. */
    public void forgetSubscriptions(long deviceId) {
        entityManager
                .createNamedQuery(SlotSubscription.FORGET)
                .setParameter("deviceId", deviceId)
                .executeUpdate();
        checkSubscriptionsSoon(deviceId);
    }

    /**
     * Claims up to {@code max} devices whose subscriptions are due to be read, each until {@code now + retryAfter}
     * (when another server, or the next run, may try again if this read fails).
     */
    public List<SubscriptionCheck> claimSubscriptionChecks(Instant now, Duration retryAfter, int max) {
        List<SubscriptionCheck> claimed = new ArrayList<>();
        for (SubscriptionCheckDue due : entityManager
                .createNamedQuery(SubscriptionCheckDue.DUE, SubscriptionCheckDue.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList()) {
            claim(due, now, retryAfter).ifPresent(claimed::add);
        }
        return claimed;
    }

    /** The same for one device, when its read is due. */
    public Optional<SubscriptionCheck> claimSubscriptionCheck(long deviceId, Instant now, Duration retryAfter) {
        return Optional.ofNullable(entityManager.find(SubscriptionCheckDue.class, deviceId))
                .filter(due -> !due.getDueAt().isAfter(now))
                .flatMap(due -> claim(due, now, retryAfter));
    }

    private Optional<SubscriptionCheck> claim(SubscriptionCheckDue due, Instant now, Duration retryAfter) {
        Instant until = now.plus(retryAfter);
        int updated = entityManager
                .createNamedQuery(SubscriptionCheckDue.CLAIM)
                .setParameter("next", until)
                .setParameter("deviceId", due.getDeviceId())
                .setParameter("seen", due.getDueAt())
                .executeUpdate();
        return updated == 1 ? Optional.of(new SubscriptionCheck(due.getDeviceId(), until)) : Optional.empty();
    }

    /**
     * SubscriptionInfo's answer replaces what Kakehashi knew of the device's subscriptions; the check is done unless
     * a change came in since it was claimed (then it stays due, and the next read sees the change).
     */
    public void recordSubscriptions(SubscriptionCheck check, SubscriptionInfo answer) {
        entityManager.find(Device.class, check.deviceId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Map<String, SlotSubscription> known = new HashMap<>();
        subscriptions(check.deviceId()).forEach(slot -> known.put(slot.getSlotId(), slot));
        for (SubscriptionInfo.Slot slot : answer.slots()) {
            SlotSubscription subscription = known.remove(slot.slotId());
            if (subscription == null) {
                subscription = new SlotSubscription(check.deviceId(), slot.slotId());
                subscription.read(slot.subscribed(), slot.asin(), slot.quantity(), slot.unit(), now);
                entityManager.persist(subscription);
            } else {
                subscription.read(slot.subscribed(), slot.asin(), slot.quantity(), slot.unit(), now);
            }
        }
        known.values().forEach(entityManager::remove);
        entityManager
                .createNamedQuery(SubscriptionCheckDue.DONE)
                .setParameter("deviceId", check.deviceId())
                .setParameter("claimed", check.claimedUntil())
                .executeUpdate();
    }

    /**
     * A SubscriptionChangedNotification (in the notification's transaction, the device locked): each slot it names is
     * subscribed or not from now on; the product is read again with SubscriptionInfo.
     */
    public void applySubscriptionChange(long deviceId, Map<String, Boolean> slotsSubscribed) {
        Instant now = clock.instant();
        slotsSubscribed.forEach((slotId, subscribed) -> {
            SlotSubscription subscription =
                    entityManager.find(SlotSubscription.class, new DeviceSlotKey(deviceId, slotId));
            if (subscription == null) {
                subscription = new SlotSubscription(deviceId, slotId);
                subscription.changed(subscribed, now);
                entityManager.persist(subscription);
            } else {
                subscription.changed(subscribed, now);
            }
        });
        checkSubscriptionsSoon(deviceId);
    }

    public List<SlotSubscription> subscriptions(long deviceId) {
        return entityManager
                .createNamedQuery(SlotSubscription.OF_DEVICE, SlotSubscription.class)
                .setParameter("deviceId", deviceId)
                .getResultList();
    }
}
