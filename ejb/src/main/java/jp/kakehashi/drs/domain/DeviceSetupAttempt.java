package jp.kakehashi.drs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt by a member to set a device up, whatever its outcome: what the limits per member, per source address
 * and (for setups that did not prove the customer) per model count, and what the admin dashboard counts.
 */
@Entity
@Table(name = "device_setup_attempt")
@NamedQuery(
        name = DeviceSetupAttempt.COUNT_SINCE,
        query = "SELECT COUNT(a) FROM DeviceSetupAttempt a WHERE a.memberId = :memberId AND a.attemptedAt > :since")
@NamedQuery(
        name = DeviceSetupAttempt.COUNT_FROM_SOURCE_SINCE,
        query = "SELECT COUNT(a) FROM DeviceSetupAttempt a WHERE a.sourceAddress = :source AND a.attemptedAt > :since")
@NamedQuery(
        name = DeviceSetupAttempt.COUNT_UNPROVEN_OF_MODEL_SINCE,
        query =
                "SELECT COUNT(a) FROM DeviceSetupAttempt a WHERE a.modelId = :modelId AND a.proven = false AND a.attemptedAt > :since")
@NamedQuery(
        name = DeviceSetupAttempt.COUNT_UNPROVEN_SINCE,
        query = "SELECT COUNT(a) FROM DeviceSetupAttempt a WHERE a.proven = false AND a.attemptedAt > :since")
public class DeviceSetupAttempt {

    public static final String COUNT_SINCE = "DeviceSetupAttempt.countSince";
    public static final String COUNT_FROM_SOURCE_SINCE = "DeviceSetupAttempt.countFromSourceSince";
    public static final String COUNT_UNPROVEN_OF_MODEL_SINCE = "DeviceSetupAttempt.countUnprovenOfModelSince";
    public static final String COUNT_UNPROVEN_SINCE = "DeviceSetupAttempt.countUnprovenSince";

    @Id
    @SequenceGenerator(
            name = "device_setup_attempt_seq",
            sequenceName = "device_setup_attempt_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_setup_attempt_seq")
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    @Column(name = "model_id", length = 128)
    private String modelId;

    /** Whether Kakehashi knew the member to be the customer Amazon registered the device to. */
    @Column(name = "proven", nullable = false)
    private boolean proven;

    protected DeviceSetupAttempt() {
        // for JPA
    }

    public DeviceSetupAttempt(DeviceClaimant claimant, String modelId, boolean proven, Instant attemptedAt) {
        this.memberId = claimant.memberId();
        this.sourceAddress = claimant.source();
        this.modelId = modelId;
        this.proven = proven;
        this.attemptedAt = attemptedAt;
    }
}
