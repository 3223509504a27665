package jp.kakehashi.drs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The latest level a device reported for one of its slots. */
@Entity
@Table(name = "device_slot")
@IdClass(DeviceSlotKey.class)
@NamedQuery(
        name = SlotLevel.OF_DEVICE,
        query = "SELECT l FROM SlotLevel l WHERE l.deviceId = :deviceId ORDER BY l.slotId")
public class SlotLevel {

    public static final String OF_DEVICE = "SlotLevel.ofDevice";

    @Id
    @Column(name = "device_id")
    private long deviceId;

    @Id
    @Column(name = "slot_id", length = 64)
    private String slotId;

    @Column(name = "remaining", nullable = false, precision = 14, scale = 3)
    private BigDecimal remaining;

    @Column(name = "original", nullable = false, precision = 14, scale = 3)
    private BigDecimal original;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Version
    private long version;

    protected SlotLevel() {
        // for JPA
    }

    public SlotLevel(long deviceId, String slotId) {
        this.deviceId = deviceId;
        this.slotId = slotId;
    }

    public void report(BigDecimal remaining, BigDecimal original, Instant now) {
        this.remaining = remaining;
        this.original = original;
        this.reportedAt = now;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public String getSlotId() {
        return slotId;
    }

    public BigDecimal getRemaining() {
        return remaining;
    }

    public BigDecimal getOriginal() {
        return original;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
