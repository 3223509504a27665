package jp.kakehashi.drs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A device whose subscriptions Kakehashi is to read from Amazon (SubscriptionInfo), and from when. */
@Entity
@Table(name = "subscription_check_due")
@NamedQuery(
        name = SubscriptionCheckDue.DUE,
        query = "SELECT s FROM SubscriptionCheckDue s, Device d WHERE d.id = s.deviceId"
                + " AND d.status = jp.kakehashi.drs.domain.DeviceStatus.SET_UP AND s.dueAt <= :now ORDER BY s.dueAt")
@NamedQuery(
        name = SubscriptionCheckDue.CLAIM,
        query = "UPDATE SubscriptionCheckDue s SET s.dueAt = :next"
                + " WHERE s.deviceId = :deviceId AND s.dueAt = :seen")
@NamedQuery(
        name = SubscriptionCheckDue.DONE,
        query = "DELETE FROM SubscriptionCheckDue s" + " WHERE s.deviceId = :deviceId AND s.dueAt = :claimed")
public class SubscriptionCheckDue {

    public static final String DUE = "SubscriptionCheckDue.due";
    public static final String CLAIM = "SubscriptionCheckDue.claim";
    public static final String DONE = "SubscriptionCheckDue.done";

    @Id
    @Column(name = "device_id")
    private long deviceId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    protected SubscriptionCheckDue() {
        // for JPA
    }

    public SubscriptionCheckDue(long deviceId, Instant dueAt) {
        this.deviceId = deviceId;
        this.dueAt = dueAt;
    }

    /** Due again from {@code now}: a change after a read that is under way is not lost when that read ends. */
    public void dueAgain(Instant now) {
        this.dueAt = now;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
