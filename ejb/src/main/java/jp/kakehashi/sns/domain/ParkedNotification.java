package jp.kakehashi.sns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An authentic SNS notification that can never be processed, kept for admins with the reason. */
@Entity
@Table(name = "parked_notification")
@NamedQuery(
        name = ParkedNotification.AWAITING_DEVICE,
        query = "SELECT p.snsMessageId FROM ParkedNotification p "
                + "WHERE p.awaitingModelId = :modelId AND p.awaitingSerialNumber = :serialNumber ORDER BY p.parkedAt")
public class ParkedNotification {

    public static final String AWAITING_DEVICE = "ParkedNotification.awaitingDevice";
    private static final int MAX_REASON_LENGTH = 500;

    @Id
    @Column(name = "sns_message_id", length = 100)
    private String snsMessageId;

    @Column(name = "topic_arn", nullable = false, length = 256)
    private String topicArn;

    @Column(name = "reason", nullable = false, length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "parked_at", nullable = false)
    private Instant parkedAt;

    /** The device this notification waits for, when it came before the device's registration. */
    @Column(name = "awaiting_model_id", length = 128)
    private String awaitingModelId;

    @Column(name = "awaiting_serial_number", length = 128)
    private String awaitingSerialNumber;

    protected ParkedNotification() {
        // for JPA
    }

    public ParkedNotification(SnsNotificationMessage notification, String reason, Instant parkedAt) {
        this.snsMessageId = notification.messageId();
        this.topicArn = notification.topicArn();
        this.reason = truncate(reason);
        this.parkedAt = parkedAt;
    }

    /** Parked until the device's registration arrives, which applies it. */
    public static ParkedNotification awaitingDevice(
            SnsNotificationMessage notification, String reason, String modelId, String serialNumber, Instant parkedAt) {
        ParkedNotification parked = new ParkedNotification(notification, reason, parkedAt);
        parked.awaitingModelId = modelId;
        parked.awaitingSerialNumber = serialNumber;
        return parked;
    }

    /** Reprocessed, and still not applicable: the reason may have changed (a model added, its serial still wrong). */
    public void parkedAgain(String reason, Instant at) {
        this.reason = truncate(reason);
        this.parkedAt = at;
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
    }

    public String getSnsMessageId() {
        return snsMessageId;
    }

    public String getTopicArn() {
        return topicArn;
    }

    public String getReason() {
        return reason;
    }

    public Instant getParkedAt() {
        return parkedAt;
    }
}
