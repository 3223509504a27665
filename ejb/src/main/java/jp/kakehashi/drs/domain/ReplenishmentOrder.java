package jp.kakehashi.drs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * An order for a device's slot (table drs_order). Kakehashi records it as REQUESTED before it calls Replenish, so
 * that a slot never has two orders asked for: while one is open, nothing more is requested. A lost answer leaves it
 * IN_DOUBT; asking Amazon again is safe then, because Amazon answers ORDER_INPROGRESS for a slot with an order in
 * progress and places none; Amazon's OrderPlacedNotification settles it too.
 */
@Entity
@Table(name = "drs_order")
@NamedQuery(
        name = ReplenishmentOrder.OPEN_FOR_SLOT,
        query = "SELECT o FROM ReplenishmentOrder o WHERE o.deviceId = :deviceId"
                + " AND o.slotId = :slotId AND o.state IN :open ORDER BY o.requestedAt DESC")
@NamedQuery(
        name = ReplenishmentOrder.BY_EVENT,
        query = "SELECT o FROM ReplenishmentOrder o WHERE o.eventInstanceId = :eventInstanceId")
@NamedQuery(
        name = ReplenishmentOrder.LATEST_OF_DEVICE,
        query = "SELECT o FROM ReplenishmentOrder o WHERE o.deviceId = :deviceId" + " ORDER BY o.requestedAt DESC")
public class ReplenishmentOrder {

    public static final String OPEN_FOR_SLOT = "ReplenishmentOrder.openForSlot";
    public static final String BY_EVENT = "ReplenishmentOrder.byEvent";
    public static final String LATEST_OF_DEVICE = "ReplenishmentOrder.latestOfDevice";

    public enum State {
        /** Kakehashi is asking Amazon. */
        REQUESTED,
        /** The answer was lost: Amazon may or may not have placed it. */
        IN_DOUBT,
        PLACED,
        SHIPPED,
        DELIVERED,
        CANCELLED,
        /** Amazon refused it (or the device's tokens were refused): nothing was ordered. */
        FAILED;

        public static final Set<State> OPEN = EnumSet.of(REQUESTED, IN_DOUBT, PLACED, SHIPPED);

        public boolean isOpen() {
            return OPEN.contains(this);
        }
    }

    @Id
    @SequenceGenerator(name = "drs_order_seq", sequenceName = "drs_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drs_order_seq")
    private Long id;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "slot_id", nullable = false, length = 64)
    private String slotId;

    @Column(name = "event_instance_id", length = 255)
    private String eventInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state;

    @Column(name = "detail_code", length = 40)
    private String detailCode;

    @Column(name = "asin", length = 20)
    private String asin;

    @Column(name = "expected_delivery", length = 40)
    private String expectedDelivery;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ReplenishmentOrder() {
        // for JPA
    }

    public static ReplenishmentOrder requested(long deviceId, String slotId, Instant now) {
        ReplenishmentOrder order = new ReplenishmentOrder();
        order.deviceId = deviceId;
        order.slotId = slotId;
        order.state = State.REQUESTED;
        order.requestedAt = now;
        order.updatedAt = now;
        return order;
    }

    /** Amazon's own order, learnt from a notification: placed without a request of Kakehashi's. */
    public static ReplenishmentOrder placedByAmazon(long deviceId, String slotId, String eventInstanceId, Instant now) {
        ReplenishmentOrder order = requested(deviceId, slotId, now);
        order.placed(eventInstanceId, null, now);
        return order;
    }

    /** Amazon's answer or its OrderPlacedNotification: the order exists (never moves a shipped one back). */
    public void placed(String eventInstanceId, String detailCode, Instant now) {
        if (eventInstanceId != null) {
            this.eventInstanceId = eventInstanceId;
        }
        if (detailCode != null) {
            this.detailCode = detailCode;
        }
        if (state == State.REQUESTED || state == State.IN_DOUBT || state == State.FAILED) {
            state = State.PLACED;
        }
        updatedAt = now;
    }

    public void inDoubt(Instant now) {
        if (state == State.REQUESTED) {
            state = State.IN_DOUBT;
            updatedAt = now;
        }
    }

    public void failed(String reason, Instant now) {
        if (state == State.REQUESTED || state == State.IN_DOUBT) {
            state = State.FAILED;
            detailCode = reason.length() > 40 ? reason.substring(0, 40) : reason;
            updatedAt = now;
        }
    }

    public void shipped(String asin, String expectedDelivery, Instant now) {
        describe(asin, expectedDelivery);
        if (state != State.DELIVERED && state != State.CANCELLED) {
            state = State.SHIPPED;
        }
        updatedAt = now;
    }

    public void delivered(Instant now) {
        state = State.DELIVERED;
        updatedAt = now;
    }

    public void cancelled(Instant now) {
        if (state != State.DELIVERED) {
            state = State.CANCELLED;
        }
        updatedAt = now;
    }

    public void describe(String asin, String expectedDelivery) {
        if (asin != null) {
            this.asin = asin.length() > 20 ? asin.substring(0, 20) : asin;
        }
        if (expectedDelivery != null) {
            this.expectedDelivery =
                    expectedDelivery.length() > 40 ? expectedDelivery.substring(0, 40) : expectedDelivery;
        }
    }

    public Long getId() {
        return id;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public String getSlotId() {
        return slotId;
    }

    public String getEventInstanceId() {
        return eventInstanceId;
    }

    public State getState() {
        return state;
    }

    public String getDetailCode() {
        return detailCode;
    }

    public String getAsin() {
        return asin;
    }

    public String getExpectedDelivery() {
        return expectedDelivery;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
