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
import java.util.Optional;

/** A DRS-capable device Amazon told us about, identified by its model and the serial printed on its box. */
@Entity
@Table(name = "device")
@NamedQuery(
        name = Device.BY_MODEL_AND_SERIAL,
        query = "SELECT d FROM Device d WHERE d.modelId = :modelId AND d.serialNumber = :serialNumber")
@NamedQuery(
        name = Device.BY_MEMBER_OR_CUSTOMER,
        query = "SELECT d FROM Device d WHERE d.memberId = :memberId "
                + "OR (d.memberId IS NULL AND d.directedCustomerId = :customerId"
                + " AND d.status <> jp.kakehashi.drs.domain.DeviceStatus.DEREGISTERED) ORDER BY d.updatedAt DESC")
@NamedQuery(
        name = Device.BY_CUSTOMER,
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
     * here: SNS does not promise order. A registration to another Amazon customer than the one Amazon named before
     * is a change of hands: the device is released from its member, and the caller must destroy its tokens.
     *
     * @return whether the device changed hands
     */
    public boolean apply(DrsNotification notification, Instant now) {
        if (notification.notificationTime().isBefore(lastNotificationAt)) {
            return false;
        }
        lastNotificationAt = notification.notificationTime();
        updatedAt = now;
        boolean changedHands = notification.type() == DrsNotificationType.DEVICE_REGISTERED
                && registeredToAnotherCustomer(notification);
        if (changedHands) {
            memberId = null;
            status = DeviceStatus.PRE_REGISTERED;
        }
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
            case DEVICE_DEREGISTERED -> {
                status = DeviceStatus.DEREGISTERED;
                // Registered to nobody now: the customer is not kept (it may be a deleted member's Amazon account)
                directedCustomerId = null;
            }
            default -> {
                // subscription and order events are recorded as device events only
            }
        }
        return changedHands;
    }

    private boolean registeredToAnotherCustomer(DrsNotification notification) {
        return directedCustomerId != null
                && notification.directedCustomerId() != null
                && !directedCustomerId.equals(notification.directedCustomerId());
    }

    /**
     * Whether this member may set the device up: nobody holds it, it is theirs already, or Amazon registered it to
     * the Amazon account the member linked (the one legitimate change of hands).
     */
    public boolean claimableBy(DeviceClaimant claimant) {
        return memberId == null || memberId == claimant.memberId() || registeredToAmazonAccountOf(claimant);
    }

    /** Amazon's DeviceRegisteredNotification named the customer whose Amazon account this member linked. */
    public boolean registeredToAmazonAccountOf(DeviceClaimant claimant) {
        return directedCustomerId != null
                && claimant.amazonBuyerId() != null
                && directedCustomerId.equals(claimant.amazonBuyerId());
    }

    public boolean isOwnedBy(long member) {
        return memberId != null && memberId == member;
    }

    /**
     * Kakehashi now holds the device's tokens: set up by a member, or (push, null) on Amazon's notification, which
     * leaves its member as it was. The caller has checked {@link #claimableBy}.
     *
     * @return the member it was taken from, when Amazon's registration moved it to this member
     */
    public Optional<Long> setUpBy(DeviceClaimant claimant, Instant now) {
        Optional<Long> takenFrom = Optional.empty();
        if (claimant != null) {
            if (!claimableBy(claimant)) {
                throw new IllegalStateException("device " + id + " is not claimable by member " + claimant.memberId());
            }
            if (memberId != null && memberId != claimant.memberId()) {
                takenFrom = Optional.of(memberId);
            }
            this.memberId = claimant.memberId();
        }
        this.status = DeviceStatus.SET_UP;
        this.updatedAt = now;
        return takenFrom;
    }

    /** The member removed it from their account: nobody holds it, and it waits to be set up again. */
    public void release(Instant now) {
        this.memberId = null;
        if (status != DeviceStatus.DEREGISTERED) {
            this.status = DeviceStatus.PRE_REGISTERED;
        }
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
