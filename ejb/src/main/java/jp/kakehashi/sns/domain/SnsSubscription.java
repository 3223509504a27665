package jp.kakehashi.sns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Our endpoint's subscription to one SNS topic, as far as SNS has told us about it. */
@Entity
@Table(name = "sns_subscription")
@NamedQuery(name = SnsSubscription.ALL, query = "SELECT s FROM SnsSubscription s ORDER BY s.topicArn")
public class SnsSubscription {

    public static final String ALL = "SnsSubscription.all";
    private static final int MAX_ERROR_LENGTH = 500;

    public enum Status {
        PENDING,
        CONFIRMED,
        CONFIRMATION_FAILED,
        UNSUBSCRIBED
    }

    @Id
    @Column(name = "topic_arn", length = 256)
    private String topicArn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "subscribe_url", length = 2048)
    private String subscribeUrl;

    @Column(name = "subscription_arn", length = 512)
    private String subscriptionArn;

    @Column(name = "last_message_id", nullable = false, length = 100)
    private String lastMessageId;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SnsSubscription() {
        // for JPA
    }

    public SnsSubscription(String topicArn) {
        this.topicArn = topicArn;
    }

    /** SNS asks us to confirm: a new request replaces any earlier state (a topic can be subscribed again). */
    public void confirmationRequested(String messageId, String subscribeUrl, Instant at) {
        this.status = Status.PENDING;
        this.lastMessageId = messageId;
        this.subscribeUrl = subscribeUrl;
        this.subscriptionArn = null;
        this.lastError = null;
        this.requestedAt = at;
        this.confirmedAt = null;
        this.updatedAt = at;
    }

    public void confirmed(String subscriptionArn, Instant at) {
        this.status = Status.CONFIRMED;
        this.subscriptionArn = subscriptionArn;
        this.lastError = null;
        this.confirmedAt = at;
        this.updatedAt = at;
    }

    public void confirmationFailed(String error, Instant at) {
        this.status = Status.CONFIRMATION_FAILED;
        this.lastError =
                error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        this.updatedAt = at;
    }

    public void unsubscribed(String messageId, Instant at) {
        if (requestedAt == null) {
            requestedAt = at;
        }
        this.status = Status.UNSUBSCRIBED;
        this.lastMessageId = messageId;
        this.updatedAt = at;
    }

    public String getTopicArn() {
        return topicArn;
    }

    public Status getStatus() {
        return status;
    }

    public String getSubscribeUrl() {
        return subscribeUrl;
    }

    public String getSubscriptionArn() {
        return subscriptionArn;
    }

    public String getLastMessageId() {
        return lastMessageId;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
