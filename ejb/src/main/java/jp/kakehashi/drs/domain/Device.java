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

/** A DRS-capable device Amazon told us about, identified by its model and the serial printed on its box. */
@Entity
@Table(name = "device")
@NamedQuery(name = Device.BY_MODEL_AND_SERIAL,
        query = "SELECT d FROM Device d WHERE d.modelId = :modelId AND d.serialNumber = :serialNumber")
@NamedQuery(name = Device.BY_MEMBER_OR_CUSTOMER,
        query = "SELECT d FROM Device d WHERE d.memberId = :memberId OR d.directedCustomerId = :customerId ORDER BY d.updatedAt DESC")
@NamedQuery(name = Device.BY_CUSTOMER,
        query = "SELECT d FROM Device d WHERE d.directedCustomerId = :customerId ORDER BY d.registeredAt DESC")
public class Device {

    public static final String BY_MODEL_AND_SERIAL = "Device.byModelAndSerial";
    public static final String BY_CUSTOMER = "Device.byCustomer";
    public static final String BY_MEMBER_OR_CUSTOMER = "Device.byMemberOrCustomer";

    @Id
    @SequenceGenerator(name = "device_seq", sequenceName = "device_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_seq")
    private Long id;

    @Column(name = "model_id", nullable = false, length = 128)
    private String modelId;

    @Column(name = "serial_number", nullable = false, length = 128)
    private String serialNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeviceStatus status;

    @Column(name = "directed_customer_id", length = 128)
    private String directedCustomerId;

    @Column(name = "lwa_client_id", length = 256)
    private String lwaClientId;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "last_notification_at", nullable = false)
    private Instant lastNotificationAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Device() {
        // for JPA
    }

    /** A device a member sets up before (or without) any notification from Amazon. */
    public static Device setUpWithoutNotification(String modelId, String serialNumber, Instant now) {
        return new Device(modelId, serialNumber, now, now);
    }

    public Device(String modelId, String serialNumber, Instant firstNotificationAt, Instant now) {
        this.modelId = modelId;
        this.serialNumber = serialNumber;
        this.status = DeviceStatus.PRE_REGISTERED;
        this.lastNotificationAt = firstNotificationAt;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Applies a notification. One older than the newest already applied is recorded elsewhere but changes nothing
     * here: SNS does not promise order.
     */
    public void apply(DrsNotification notification, Instant now) {
        if (notification.notificationTime().isBefore(lastNotificationAt)) {
            return;
        }
        lastNotificationAt = notification.notificationTime();
        updatedAt = now;
        if (notification.directedCustomerId() != null) {
            directedCustomerId = notification.directedCustomerId();
        }
        if (notification.lwaClientId() != null) {
            lwaClientId = notification.lwaClientId();
        }
        switch (notification.type()) {
            case DEVICE_REGISTERED -> {
                registeredAt = notification.notificationTime();
                if (status != DeviceStatus.SET_UP) {
                    status = DeviceStatus.PRE_REGISTERED;
                }
            }
            case DEVICE_DEREGISTERED -> status = DeviceStatus.DEREGISTERED;
            default -> {
                // subscription and order events are recorded as device events only
            }
        }
    }

    /** Kakehashi now holds the device's tokens: set up by a member, or (push, null) on Amazon's notification. */
    public void setUpBy(Long memberId, Instant now) {
        if (memberId != null) {
            this.memberId = memberId;
        }
        this.status = DeviceStatus.SET_UP;
        this.updatedAt = now;
    }

    public void needsSetup(Instant now) {
        this.status = DeviceStatus.NEEDS_SETUP;
        this.updatedAt = now;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getId() {
        return id;
    }

    public String getModelId() {
        return modelId;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public DeviceStatus getStatus() {
        return status;
    }

    public String getDirectedCustomerId() {
        return directedCustomerId;
    }

    public String getLwaClientId() {
        return lwaClientId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getLastNotificationAt() {
        return lastNotificationAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
