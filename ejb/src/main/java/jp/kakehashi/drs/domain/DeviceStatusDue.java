package jp.kakehashi.drs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a set-up device next reports its daily DeviceStatus to Amazon. */
@Entity
@Table(name = "device_status_due")
@NamedQuery(
        name = DeviceStatusDue.UNSCHEDULED,
        query = "SELECT d.id FROM Device d WHERE d.status = jp.kakehashi.drs.domain.DeviceStatus.SET_UP"
                + " AND NOT EXISTS (SELECT s FROM DeviceStatusDue s WHERE s.deviceId = d.id)")
@NamedQuery(
        name = DeviceStatusDue.DUE,
        query = "SELECT s FROM DeviceStatusDue s, Device d WHERE d.id = s.deviceId"
                + " AND d.status = jp.kakehashi.drs.domain.DeviceStatus.SET_UP AND s.dueAt <= :now ORDER BY s.dueAt")
@NamedQuery(
        name = DeviceStatusDue.CLAIM,
        query = "UPDATE DeviceStatusDue s SET s.dueAt = :next" + " WHERE s.deviceId = :deviceId AND s.dueAt = :seen")
public class DeviceStatusDue {

    public static final String UNSCHEDULED = "DeviceStatusDue.unscheduled";
    public static final String DUE = "DeviceStatusDue.due";
    public static final String CLAIM = "DeviceStatusDue.claim";

    @Id
    @Column(name = "device_id")
    private long deviceId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    protected DeviceStatusDue() {
        // for JPA
    }

    public DeviceStatusDue(long deviceId, Instant dueAt) {
        this.deviceId = deviceId;
        this.dueAt = dueAt;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
