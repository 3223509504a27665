package jp.kakehashi.drs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the customer subscribed a slot of the device to, as Amazon last told: whether Amazon reorders for the slot and,
 * once SubscriptionInfo answered, which product in what quantity. A SubscriptionChangedNotification changes only
 * {@code subscribed}; the product stays unknown (null) until SubscriptionInfo is read again.
 */
@Entity
@Table(name = "device_slot_subscription")
@IdClass(DeviceSlotKey.class)
@NamedQuery(
        name = SlotSubscription.OF_DEVICE,
        query = "SELECT s FROM SlotSubscription s WHERE s.deviceId = :deviceId ORDER BY s.slotId")
@NamedQuery(name = SlotSubscription.FORGET, query = "DELETE FROM SlotSubscription s WHERE s.deviceId = :deviceId")
public class SlotSubscription {

    public static final String OF_DEVICE = "SlotSubscription.ofDevice";
    public static final String FORGET = "SlotSubscription.forget";

    @Id
    @Column(name = "device_id")
    private long deviceId;

    @Id
    @Column(name = "slot_id", length = 64)
    private String slotId;

    @Column(name = "subscribed", nullable = false)
    private boolean subscribed;

    @Column(name = "asin", length = 20)
    private String asin;

    @Column(name = "quantity", precision = 14, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit", length = 40)
    private String unit;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SlotSubscription() {
        // for JPA
    }

    public SlotSubscription(long deviceId, String slotId) {
        this.deviceId = deviceId;
        this.slotId = slotId;
    }

    /** SubscriptionInfo's answer for the slot: the product, or none when it is not subscribed. */
    public void read(boolean subscribed, String asin, BigDecimal quantity, String unit, Instant now) {
        this.subscribed = subscribed;
        this.asin = subscribed ? asin : null;
        this.quantity = subscribed ? quantity : null;
        this.unit = subscribed ? unit : null;
        this.updatedAt = now;
    }

    /** A SubscriptionChangedNotification: subscribed or not; a product chosen anew is unknown until read. */
    public void changed(boolean subscribed, Instant now) {
        if (subscribed != this.subscribed || !subscribed) {
            this.asin = null;
            this.quantity = null;
            this.unit = null;
        }
        this.subscribed = subscribed;
        this.updatedAt = now;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public String getSlotId() {
        return slotId;
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public String getAsin() {
        return asin;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
