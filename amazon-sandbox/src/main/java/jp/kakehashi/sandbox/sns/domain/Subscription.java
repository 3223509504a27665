package jp.kakehashi.sandbox.sns.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An HTTP(S) subscription of an endpoint to a topic.
 *
 * @param token the token of the last confirmation message sent (SubscriptionConfirmation or UnsubscribeConfirmation);
 *              a GET of the SubscribeURL carrying it confirms the subscription
 */
public record Subscription(
        String arn,
        String topicArn,
        String protocol,
        String endpoint,
        SubscriptionStatus status,
        String token,
        Instant createdAt) {

    public Subscription {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Subscription withStatus(SubscriptionStatus newStatus) {
        return new Subscription(arn, topicArn, protocol, endpoint, newStatus, token, createdAt);
    }

    public Subscription withToken(String newToken) {
        return new Subscription(arn, topicArn, protocol, endpoint, status, newToken, createdAt);
    }

    public String statusLabel() {
        return status.label();
    }
}
