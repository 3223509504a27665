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

/** One call to the DRS service for a device: what admins see (time, endpoint, status, Amazon's request id). */
@Entity
@Table(name = "drs_call")
@NamedQuery(
        name = DrsCall.OF_DEVICE,
        query = "SELECT c FROM DrsCall c WHERE c.deviceId = :deviceId ORDER BY c.calledAt DESC, c.id DESC")
public class DrsCall {

    public static final String OF_DEVICE = "DrsCall.ofDevice";

    @Id
    @SequenceGenerator(name = "drs_call_seq", sequenceName = "drs_call_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drs_call_seq")
    private Long id;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "endpoint", nullable = false, length = 40)
    private String endpoint;

    @Column(name = "slot_id", length = 64)
    private String slotId;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "request_id", length = 100)
    private String requestId;

    @Column(name = "outcome", nullable = false, length = 200)
    private String outcome;

    @Column(name = "called_at", nullable = false)
    private Instant calledAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMillis;

    protected DrsCall() {
        // for JPA
    }

    /** @param slotId the slot of a SlotStatus or Replenish call, else null */
    public DrsCall(
            long deviceId,
            String endpoint,
            String slotId,
            Integer httpStatus,
            String requestId,
            String outcome,
            Instant calledAt,
            long durationMillis) {
        this.deviceId = deviceId;
        this.endpoint = endpoint;
        this.slotId = slotId;
        this.httpStatus = httpStatus;
        this.requestId = requestId == null || requestId.length() <= 100 ? requestId : requestId.substring(0, 100);
        this.outcome = outcome.length() <= 200 ? outcome : outcome.substring(0, 200);
        this.calledAt = calledAt;
        this.durationMillis = durationMillis;
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

    public String getEndpoint() {
        return endpoint;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    /** Whether Amazon took the call. */
    public boolean isOk() {
        return outcome.startsWith("OK");
    }
}
