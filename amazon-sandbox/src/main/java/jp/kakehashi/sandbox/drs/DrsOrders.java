package jp.kakehashi.sandbox.drs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kakehashi.sandbox.lwa.token.TokenSubject;
import jp.kakehashi.sandbox.sns.drs.DrsNotification;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationPublisher;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationType;

/**
 * The orders Replenish places, and their life as Amazon's notifications tell it: OrderPlacedNotification at once,
 * ItemShippedNotification after {@code sandbox.drs.ship-after}, ItemDeliveredNotification after
 * {@code sandbox.drs.deliver-after} more. One order per device slot at a time: Amazon's own guard against a repeated
 * Replenish.
 */
@ApplicationScoped
public class DrsOrders {

    private static final Logger LOG = Logger.getLogger(DrsOrders.class.getName());
    private static final int KEPT = 10_000;

    @Inject
    DrsSandboxConfig config;

    @Inject
    DrsNotificationPublisher notifications;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, DrsOrder> orders = new LinkedHashMap<>();

    /** What a Replenish came to: the order placed now, or the one in progress for the slot. */
    public record Placement(DrsOrder order, boolean placedNow) {}

    public Placement replenish(TokenSubject subject, String slotId, String asin) {
        DrsOrder placed;
        synchronized (this) {
            Optional<DrsOrder> inProgress = orders.values().stream()
                    .filter(order -> order.inProgress() && order.isFor(subject.modelId(), subject.serial(), slotId))
                    .findFirst();
            if (inProgress.isPresent()) {
                return new Placement(inProgress.get(), false);
            }
            Instant now = clock.instant();
            placed = new DrsOrder(
                    "amzn1.dash.v2.o." + UUID.randomUUID(),
                    subject.modelId(),
                    subject.serial(),
                    slotId,
                    asin,
                    subject.directedCustomerId(),
                    subject.clientId(),
                    DrsOrder.State.PLACED,
                    now,
                    now);
            orders.put(placed.eventInstanceId(), placed);
            while (orders.size() > KEPT) {
                orders.remove(orders.keySet().iterator().next());
            }
        }
        publish(DrsNotificationType.OrderPlacedNotification, placed);
        schedule(placed.eventInstanceId(), DrsOrder.State.SHIPPED, config.shipAfter());
        return new Placement(placed, true);
    }

    public synchronized Optional<DrsOrder> find(String eventInstanceId) {
        return Optional.ofNullable(orders.get(eventInstanceId));
    }

    /** Newest first; serial null: all. */
    public synchronized List<DrsOrder> list(String serial) {
        List<DrsOrder> found = new ArrayList<>();
        orders.values().forEach(order -> {
            if (serial == null || order.serial().equals(serial)) {
                found.add(0, order);
            }
        });
        return found;
    }

    /** The customer or Amazon cancels an order in progress (console, control API). */
    public Optional<DrsOrder> cancel(String eventInstanceId) {
        return advance(eventInstanceId, DrsOrder.State.CANCELLED);
    }

    /** Ends every order of a deregistered device without notifications: the device is gone. */
    public synchronized void forgetDevice(String modelId, String serial) {
        orders.replaceAll(
                (id, order) -> order.modelId().equals(modelId) && order.serial().equals(serial) && order.inProgress()
                        ? order.moveTo(DrsOrder.State.CANCELLED, clock.instant())
                        : order);
    }

    private void schedule(String eventInstanceId, DrsOrder.State next, Duration after) {
        scheduler.schedule(
                () -> {
                    Optional<DrsOrder> moved = advance(eventInstanceId, next);
                    if (moved.isPresent() && next == DrsOrder.State.SHIPPED) {
                        schedule(eventInstanceId, DrsOrder.State.DELIVERED, config.deliverAfter());
                    }
                },
                Math.max(0, after.toMillis()),
                TimeUnit.MILLISECONDS);
    }

    private Optional<DrsOrder> advance(String eventInstanceId, DrsOrder.State next) {
        DrsOrder moved;
        synchronized (this) {
            DrsOrder order = orders.get(eventInstanceId);
            if (order == null || !order.inProgress()) {
                return Optional.empty();
            }
            moved = order.moveTo(next, clock.instant());
            orders.put(eventInstanceId, moved);
        }
        publish(
                switch (next) {
                    case SHIPPED -> DrsNotificationType.ItemShippedNotification;
                    case DELIVERED -> DrsNotificationType.ItemDeliveredNotification;
                    case CANCELLED -> DrsNotificationType.OrderCancelledNotification;
                    case PLACED -> DrsNotificationType.OrderPlacedNotification;
                },
                moved);
        return Optional.of(moved);
    }

    private void publish(DrsNotificationType type, DrsOrder order) {
        try {
            String delivery = order.placedAt()
                    .plus(config.shipAfter())
                    .plus(config.deliverAfter())
                    .toString();
            notifications.publish(
                    type,
                    order.serial(),
                    order.modelId(),
                    order.directedCustomerId(),
                    order.lwaClientId(),
                    null,
                    new DrsNotification.OrderInfo(
                            order.eventInstanceId(),
                            order.slotId(),
                            List.of(new DrsNotification.ProductInfo(BigDecimal.ONE, "count", order.asin(), delivery))));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not publish " + type + " for " + order.eventInstanceId(), e);
        }
    }
}
