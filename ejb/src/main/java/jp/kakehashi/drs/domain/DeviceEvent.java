package jp.kakehashi.drs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One DRS notification applied to a device; its notificationId makes a second delivery a no-op. */
@Entity
@Table(name = "device_event")
@NamedQuery(
        name = DeviceEvent.BY_DEVICE,
        query = "SELECT e FROM DeviceEvent e WHERE e.deviceId = :deviceId ORDER BY e.notificationTime")
public class DeviceEvent {

    public static final String BY_DEVICE = "DeviceEvent.byDevice";

    @Id
    @Column(name = "notification_id", length = 128)
    private String notificationId;

    @Column(name = "device_id", nullable = false)
    private Long deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "notification_type", nullable = false, length = 64)
    private DrsNotificationType type;

    @Column(name = "notification_time", nullable = false)
    private Instant notificationTime;

    @Column(name = "sns_message_id", nullable = false, length = 100)
    private String snsMessageId;

    @Column(name = "payload", nullable = false, length = 300_000)
    private String payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected DeviceEvent() {
        // for JPA
    }

    public DeviceEvent(
            Device device, DrsNotification notification, String snsMessageId, String payload, Instant receivedAt) {
        this.notificationId = notification.notificationId();
        this.deviceId = device.getId();
        this.type = notification.type();
        this.notificationTime = notification.notificationTime();
        this.snsMessageId = snsMessageId;
        this.payload = payload;
        this.receivedAt = receivedAt;
    }

    public String getNotificationId() {
        return notificationId;
    }

    public Long getDeviceId() {
        return deviceId;
    }

    public DrsNotificationType getType() {
        return type;
    }

    public Instant getNotificationTime() {
        return notificationTime;
    }

    public String getSnsMessageId() {
        return snsMessageId;
    }

    public String getPayload() {
        return payload;
    }
}
