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
@NamedQuery(name = ParkedNotification.NEWEST_FIRST, query = "SELECT p FROM ParkedNotification p ORDER BY p.parkedAt DESC")
public class ParkedNotification {

    public static final String NEWEST_FIRST = "ParkedNotification.newestFirst";
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

    protected ParkedNotification() {
        // for JPA
    }

    public ParkedNotification(SnsNotificationMessage notification, String reason, Instant parkedAt) {
        this.snsMessageId = notification.messageId();
        this.topicArn = notification.topicArn();
        this.reason = reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
        this.parkedAt = parkedAt;
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
