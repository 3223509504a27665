package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kakehashi.drs.application.DashReplenishmentService.DrsAnswer;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.ReplenishmentOrder;

/**
 * The replenishment orders Kakehashi asked Amazon for or learnt of, each step a transaction of its own (the calls to
 * Amazon happen between them, in {@link Replenishment}).
 */
@Stateless
public class ReplenishmentOrders {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    /** What {@link #requestOrder} decided: ask Amazon for this order, or leave the open one alone. */
    public record OrderRequest(long orderId, boolean askAmazon) {}

    /** What an order notification's orderInfo says. */
    public record OrderNotice(Kind kind, String eventInstanceId, String slotId, String asin, String expectedDelivery) {
        public enum Kind {
            PLACED,
            SHIPPED,
            DELIVERED,
            CANCELLED
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
        ReplenishmentOrder order =
                entityManager.find(ReplenishmentOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (order == null || !order.getState().isOpen()) {
            return order;
        }
        switch (answer.kind()) {
            case OK -> {
                Optional<ReplenishmentOrder> known = byEvent(answer.eventInstanceId())
                        .filter(other -> !other.getId().equals(orderId));
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
                    order.failed(
                            answer.kind() == DrsAnswer.Kind.TOKEN_REFUSED
                                    ? "TOKEN_REFUSED"
                                    : "REFUSED " + answer.status(),
                            now);
                }
            }
        }
        return order;
    }

    public Optional<ReplenishmentOrder> order(long orderId) {
        return Optional.ofNullable(entityManager.find(ReplenishmentOrder.class, orderId));
    }

    public List<ReplenishmentOrder> latestOrders(long deviceId, int max) {
        return entityManager
                .createNamedQuery(ReplenishmentOrder.LATEST_OF_DEVICE, ReplenishmentOrder.class)
                .setParameter("deviceId", deviceId)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * An order notification (in the notification's transaction): the order it names, or the slot's open request,
     * moves on; an order Kakehashi never asked for is recorded as Amazon's own.
     */
    public void applyOrderNotification(long deviceId, OrderNotice notice) {
        Instant now = clock.instant();
        ReplenishmentOrder order = byEvent(notice.eventInstanceId())
                .or(() -> notice.slotId() == null
                        ? Optional.empty()
                        : openOrder(deviceId, notice.slotId())
                                .filter(open -> open.getEventInstanceId() == null
                                        || open.getEventInstanceId().equals(notice.eventInstanceId())))
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

    private Optional<ReplenishmentOrder> openOrder(long deviceId, String slotId) {
        return entityManager
                .createNamedQuery(ReplenishmentOrder.OPEN_FOR_SLOT, ReplenishmentOrder.class)
                .setParameter("deviceId", deviceId)
                .setParameter("slotId", slotId)
                .setParameter("open", ReplenishmentOrder.State.OPEN)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    private Optional<ReplenishmentOrder> byEvent(String eventInstanceId) {
        if (eventInstanceId == null) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(ReplenishmentOrder.BY_EVENT, ReplenishmentOrder.class)
                .setParameter("eventInstanceId", eventInstanceId)
                .getResultList()
                .stream()
                .findFirst();
    }
}
