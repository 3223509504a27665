package jp.kakehashi.sns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An SNS notification that Kakehashi has taken off its inbound queue: stored once per SNS MessageId. */
@Entity
@Table(name = "sns_notification")
public class SnsNotification {

    /** SNS's own limit for a message, with room for the envelope. */
    public static final int MAX_BODY_LENGTH = 300_000;

    @Id
    @Column(name = "message_id", length = 100)
    private String messageId;

    @Column(name = "topic_arn", nullable = false, length = 256)
    private String topicArn;

    @Column(name = "subject", length = 100)
    private String subject;

    @Column(name = "body", nullable = false, length = MAX_BODY_LENGTH)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected SnsNotification() {
        // for JPA
    }

    public SnsNotification(SnsNotificationMessage message, Instant receivedAt) {
        this.messageId = message.messageId();
        this.topicArn = message.topicArn();
        this.subject = message.subject();
        this.body = message.message();
        this.sentAt = message.timestamp();
        this.receivedAt = receivedAt;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getTopicArn() {
        return topicArn;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
