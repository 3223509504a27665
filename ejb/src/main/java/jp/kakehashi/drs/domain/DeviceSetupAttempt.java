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

/** One attempt by a member to set a device up, whatever its outcome: what the per-member limit counts. */
@Entity
@Table(name = "device_setup_attempt")
@NamedQuery(name = DeviceSetupAttempt.COUNT_SINCE,
        query = "SELECT COUNT(a) FROM DeviceSetupAttempt a WHERE a.memberId = :memberId AND a.attemptedAt > :since")
public class DeviceSetupAttempt {

    public static final String COUNT_SINCE = "DeviceSetupAttempt.countSince";

    @Id
    @SequenceGenerator(name = "device_setup_attempt_seq", sequenceName = "device_setup_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_setup_attempt_seq")
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected DeviceSetupAttempt() {
        // for JPA
    }

    public DeviceSetupAttempt(long memberId, Instant attemptedAt) {
        this.memberId = memberId;
        this.attemptedAt = attemptedAt;
    }
}
