package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.drs.application.DashReplenishmentService.DrsAnswer;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceSlotKey;
import jp.kakehashi.drs.domain.DeviceStatusDue;
import jp.kakehashi.drs.domain.DrsCall;
import jp.kakehashi.drs.domain.ReplenishmentOrder;
import jp.kakehashi.drs.domain.SlotDefinition;
import jp.kakehashi.drs.domain.SlotLevel;
import jp.kakehashi.drs.domain.SlotSubscription;
import jp.kakehashi.drs.domain.SubscriptionCheckDue;
import jp.kakehashi.drs.domain.SubscriptionCheckRequested;
import jp.kakehashi.drs.domain.SubscriptionInfo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What Kakehashi keeps of replenishment, each step a transaction of its own (the calls to Amazon happen between them,
 * in {@link Replenishment}): slot levels, orders, and the log of DRS calls.
 */
@Stateless
public class ReplenishmentRecords {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private Event<SubscriptionCheckRequested> checkRequests;

    private final Clock clock = Clock.systemUTC();

    /** What {@link #requestOrder} decided: ask Amazon for this order, or leave the open one alone. */
    public record OrderRequest(long orderId, boolean askAmazon) {
    }

    public Optional<SlotDefinition> slot(String modelId, String slotId) {
        return Optional.ofNullable(entityManager.find(SlotDefinition.class, new SlotDefinition.Key(modelId, slotId)));
    }

    public List<SlotDefinition> slotsOf(String modelId) {
        return entityManager.createNamedQuery(SlotDefinition.OF_MODEL, SlotDefinition.class).setParameter("modelId", modelId)
                .getResultList();
    }

    public void recordLevel(long deviceId, String slotId, BigDecimal remaining, BigDecimal original) {
        SlotLevel level = entityManager.find(SlotLevel.class, new DeviceSlotKey(deviceId, slotId));
        if (level == null) {
            level = new SlotLevel(deviceId, slotId);
            level.report(remaining, original, clock.instant());
            entityManager.persist(level);
        } else {
            level.report(remaining, original, clock.instant());
        }
    }

    /**
     * The slot's order to ask Amazon for. With the device locked, so that two reports at once make one request: an
     * open order means no new one; only an order in doubt is asked for again (Amazon answers ORDER_INPROGRESS for a
     * slot with an order in progress, so asking again never orders twice).
     */
    public OrderRequest requestOrder(long deviceId, String slotId) {
        entityManager.find(Device.class, deviceId, LockModeType.PESSIMISTIC_WRITE);
        Optional<ReplenishmentOrder> open = openOrder(deviceId, slotId);
        if (open.isPresent()) {
            return new OrderRequest(open.get().getId(), open.get().getState() == ReplenishmentOrder.State.IN_DOUBT);
        }
        ReplenishmentOrder order = ReplenishmentOrder.requested(deviceId, slotId, clock.instant());
        entityManager.persist(order);
        entityManager.flush();
        return new OrderRequest(order.getId(), true);
    }

    /**
     * Amazon's last answer to the request.
     *
     * @param anyAnswerLost an earlier attempt's answer was lost: Amazon may have ordered even if the last one says
     *                      nothing was done
     */
    public ReplenishmentOrder settle(long orderId, DrsAnswer answer, boolean anyAnswerLost) {
        ReplenishmentOrder order = entityManager.find(ReplenishmentOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (order == null || !order.getState().isOpen()) {
            return order;
        }
        switch (answer.kind()) {
            case OK -> {
                Optional<ReplenishmentOrder> known = byEvent(answer.eventInstanceId()).filter(other -> !other.getId().equals(orderId));
                if (known.isPresent()) {
                    // Amazon's order in progress is one we hold already (its notification came first)
                    order.failed("ORDER_INPROGRESS", now);
                } else {
                    order.placed(answer.eventInstanceId(), answer.detailCode(), now);
                }
            }
            case ANSWER_LOST -> order.inDoubt(now);
            case UNAVAILABLE -> {
                if (anyAnswerLost) {
                    order.inDoubt(now);
                } else {
                    order.failed("UNAVAILABLE", now);
                }
            }
            case TOKEN_REFUSED, REFUSED -> {
                if (anyAnswerLost) {
                    order.inDoubt(now);
                } else {
                    order.failed(answer.kind() == DrsAnswer.Kind.TOKEN_REFUSED ? "TOKEN_REFUSED" : "REFUSED " + answer.status(), now);
                }
            }
        }
        return order;
    }

    public void logCall(long deviceId, String endpoint, String slotId, DrsAnswer answer) {
        entityManager.persist(new DrsCall(deviceId, endpoint, slotId, answer.status(), answer.requestId(),
                answer.kind() + ": " + answer.description(), clock.instant(), answer.durationMillis()));
    }

    public Optional<ReplenishmentOrder> order(long orderId) {
        return Optional.ofNullable(entityManager.find(ReplenishmentOrder.class, orderId));
    }

    public List<ReplenishmentOrder> latestOrders(long deviceId, int max) {
        return entityManager.createNamedQuery(ReplenishmentOrder.LATEST_OF_DEVICE, ReplenishmentOrder.class)
                .setParameter("deviceId", deviceId).setMaxResults(max).getResultList();
    }

    public List<SlotLevel> levels(long deviceId) {
        return entityManager.createNamedQuery(SlotLevel.OF_DEVICE, SlotLevel.class).setParameter("deviceId", deviceId)
                .getResultList();
    }

    public Optional<Device> device(long deviceId) {
        return Optional.ofNullable(entityManager.find(Device.class, deviceId));
    }

    public Optional<DrsCall> call(long callId) {
        return Optional.ofNullable(entityManager.find(DrsCall.class, callId));
    }

    public Optional<SlotLevel> level(long deviceId, String slotId) {
        return Optional.ofNullable(entityManager.find(SlotLevel.class, new DeviceSlotKey(deviceId, slotId)));
    }

    /**
     * The device's subscriptions are to be read now, by the caller (an admin's retry): with the device locked, as
     * every mark is, and without starting a read of its own.
     */
    public void checkSubscriptionsNow(long deviceId) {
        if (entityManager.find(Device.class, deviceId, LockModeType.PESSIMISTIC_WRITE) != null) {
            markSubscriptionCheckDue(deviceId);
        }
    }

    public List<DrsCall> calls(long deviceId, int max) {
        return entityManager.createNamedQuery(DrsCall.OF_DEVICE, DrsCall.class).setParameter("deviceId", deviceId)
                .setMaxResults(max).getResultList();
    }

    /**
     * An order notification (in the notification's transaction): the order it names, or the slot's open request,
     * moves on; an order Kakehashi never asked for is recorded as Amazon's own.
     */
    public void applyOrderNotification(long deviceId, OrderNotice notice) {
        Instant now = clock.instant();
        ReplenishmentOrder order = byEvent(notice.eventInstanceId())
                .or(() -> notice.slotId() == null ? Optional.empty() : openOrder(deviceId, notice.slotId())
                        .filter(open -> open.getEventInstanceId() == null || open.getEventInstanceId().equals(notice.eventInstanceId())))
                .orElse(null);
        if (order == null) {
            if (notice.slotId() == null) {
                return;
            }
            order = ReplenishmentOrder.placedByAmazon(deviceId, notice.slotId(), notice.eventInstanceId(), now);
            entityManager.persist(order);
        }
        order.describe(notice.asin(), notice.expectedDelivery());
        switch (notice.kind()) {
            case PLACED -> order.placed(notice.eventInstanceId(), null, now);
            case SHIPPED -> {
                order.placed(notice.eventInstanceId(), null, now);
                order.shipped(notice.asin(), notice.expectedDelivery(), now);
            }
            case DELIVERED -> order.delivered(now);
            case CANCELLED -> order.cancelled(now);
        }
    }

    /**
     * Gives set-up devices without one a first DeviceStatus time, spread at random over {@code firstWithin}: devices
     * set up together do not call Amazon together. How many were scheduled.
     */
    public int scheduleDeviceStatus(Instant now, java.time.Duration firstWithin, int max) {
        List<Long> unscheduled = entityManager.createNamedQuery(DeviceStatusDue.UNSCHEDULED, Long.class).setMaxResults(max)
                .getResultList();
        long spreadMillis = Math.max(1, firstWithin.toMillis());
        for (Long deviceId : unscheduled) {
            entityManager.persist(new DeviceStatusDue(deviceId, now.plusMillis(
                    java.util.concurrent.ThreadLocalRandom.current().nextLong(spreadMillis))));
        }
        return unscheduled.size();
    }

    /**
     * Claims up to {@code max} devices whose DeviceStatus is due, moving each one's time on by {@code interval}; a
     * device another server claimed first is left to it.
     */
    public List<Long> claimDeviceStatusDue(Instant now, java.time.Duration interval, int max) {
        List<DeviceStatusDue> due = entityManager.createNamedQuery(DeviceStatusDue.DUE, DeviceStatusDue.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
        List<Long> claimed = new java.util.ArrayList<>();
        for (DeviceStatusDue device : due) {
            int updated = entityManager.createNamedQuery(DeviceStatusDue.CLAIM).setParameter("next", now.plus(interval))
                    .setParameter("deviceId", device.getDeviceId()).setParameter("seen", device.getDueAt()).executeUpdate();
            if (updated == 1) {
                claimed.add(device.getDeviceId());
            }
        }
        return claimed;
    }

    /** The device's most recent activity: its latest slot report, else its last change. */
    public Instant lastActivity(long deviceId) {
        Instant latestReport = levels(deviceId).stream().map(SlotLevel::getReportedAt).max(Instant::compareTo).orElse(null);
        Device device = entityManager.find(Device.class, deviceId);
        Instant changed = device == null ? clock.instant() : device.getUpdatedAt();
        return latestReport != null && latestReport.isAfter(changed) ? latestReport : changed;
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
        entityManager.createNamedQuery(SlotSubscription.FORGET).setParameter("deviceId", deviceId).executeUpdate();
        checkSubscriptionsSoon(deviceId);
    }

    /** A subscription read claimed by this server: done when {@link #recordSubscriptions} is given the same time back. */
    public record SubscriptionCheck(long deviceId, Instant claimedUntil) {
    }

    /**
     * Claims up to {@code max} devices whose subscriptions are due to be read, each until {@code now + retryAfter}
     * (when another server, or the next run, may try again if this read fails).
     */
    public List<SubscriptionCheck> claimSubscriptionChecks(Instant now, java.time.Duration retryAfter, int max) {
        List<SubscriptionCheck> claimed = new java.util.ArrayList<>();
        for (SubscriptionCheckDue due : entityManager.createNamedQuery(SubscriptionCheckDue.DUE, SubscriptionCheckDue.class)
                .setParameter("now", now).setMaxResults(max).getResultList()) {
            claim(due, now, retryAfter).ifPresent(claimed::add);
        }
        return claimed;
    }

    /** The same for one device, when its read is due. */
    public Optional<SubscriptionCheck> claimSubscriptionCheck(long deviceId, Instant now, java.time.Duration retryAfter) {
        return Optional.ofNullable(entityManager.find(SubscriptionCheckDue.class, deviceId))
                .filter(due -> !due.getDueAt().isAfter(now)).flatMap(due -> claim(due, now, retryAfter));
    }

    private Optional<SubscriptionCheck> claim(SubscriptionCheckDue due, Instant now, java.time.Duration retryAfter) {
        Instant until = now.plus(retryAfter);
        int updated = entityManager.createNamedQuery(SubscriptionCheckDue.CLAIM).setParameter("next", until)
                .setParameter("deviceId", due.getDeviceId()).setParameter("seen", due.getDueAt()).executeUpdate();
        return updated == 1 ? Optional.of(new SubscriptionCheck(due.getDeviceId(), until)) : Optional.empty();
    }

    /**
     * SubscriptionInfo's answer replaces what Kakehashi knew of the device's subscriptions; the check is done unless
     * a change came in since it was claimed (then it stays due, and the next read sees the change).
     */
    public void recordSubscriptions(SubscriptionCheck check, SubscriptionInfo answer) {
        entityManager.find(Device.class, check.deviceId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        java.util.Map<String, SlotSubscription> known = new java.util.HashMap<>();
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
        entityManager.createNamedQuery(SubscriptionCheckDue.DONE).setParameter("deviceId", check.deviceId())
                .setParameter("claimed", check.claimedUntil()).executeUpdate();
    }

    /**
     * A SubscriptionChangedNotification (in the notification's transaction, the device locked): each slot it names is
     * subscribed or not from now on; the product is read again with SubscriptionInfo.
     */
    public void applySubscriptionChange(long deviceId, java.util.Map<String, Boolean> slotsSubscribed) {
        Instant now = clock.instant();
        slotsSubscribed.forEach((slotId, subscribed) -> {
            SlotSubscription subscription = entityManager.find(SlotSubscription.class, new DeviceSlotKey(deviceId, slotId));
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
        return entityManager.createNamedQuery(SlotSubscription.OF_DEVICE, SlotSubscription.class)
                .setParameter("deviceId", deviceId).getResultList();
    }

    /**
     * What the admin dashboard shows of replenishment: orders open and in doubt, DRS calls that failed since
     * {@code since}, set-up devices whose subscriptions wait to be read, and device setups since {@code since} that did
     * not prove the customer (guessed or mistyped serials, or members who must go through Amazon's consent).
     */
    public record Counts(long openOrders, long ordersInDoubt, long failedCalls, long subscriptionChecksWaiting,
                         long unprovenSetups) {
    }

    public Counts counts(Instant since) {
        long open = entityManager.createQuery("SELECT COUNT(o) FROM ReplenishmentOrder o WHERE o.state IN :open", Long.class)
                .setParameter("open", ReplenishmentOrder.State.OPEN).getSingleResult();
        long inDoubt = entityManager.createQuery("SELECT COUNT(o) FROM ReplenishmentOrder o WHERE o.state = :inDoubt", Long.class)
                .setParameter("inDoubt", ReplenishmentOrder.State.IN_DOUBT).getSingleResult();
        long failed = entityManager.createQuery("SELECT COUNT(c) FROM DrsCall c WHERE c.calledAt >= :since AND c.outcome NOT LIKE 'OK%'",
                Long.class).setParameter("since", since).getSingleResult();
        long waiting = entityManager.createQuery("SELECT COUNT(s) FROM SubscriptionCheckDue s, Device d WHERE d.id = s.deviceId"
                + " AND d.status = jp.kakehashi.drs.domain.DeviceStatus.SET_UP", Long.class).getSingleResult();
        long unproven = entityManager.createNamedQuery(jp.kakehashi.drs.domain.DeviceSetupAttempt.COUNT_UNPROVEN_SINCE, Long.class)
                .setParameter("since", since).getSingleResult();
        return new Counts(open, inDoubt, failed, waiting, unproven);
    }

    /** What an order notification's orderInfo says. */
    public record OrderNotice(Kind kind, String eventInstanceId, String slotId, String asin, String expectedDelivery) {
        public enum Kind { PLACED, SHIPPED, DELIVERED, CANCELLED }
    }

    private Optional<ReplenishmentOrder> openOrder(long deviceId, String slotId) {
        return entityManager.createNamedQuery(ReplenishmentOrder.OPEN_FOR_SLOT, ReplenishmentOrder.class)
                .setParameter("deviceId", deviceId).setParameter("slotId", slotId)
                .setParameter("open", ReplenishmentOrder.State.OPEN).setMaxResults(1).getResultList().stream().findFirst();
    }

    private Optional<ReplenishmentOrder> byEvent(String eventInstanceId) {
        if (eventInstanceId == null) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery(ReplenishmentOrder.BY_EVENT, ReplenishmentOrder.class)
                .setParameter("eventInstanceId", eventInstanceId).getResultList().stream().findFirst();
    }
}
