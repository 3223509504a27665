package jp.kakehashi.sns.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An SNS {@code Notification} that has passed verification, as it travels through the inbound queue.
 *
 * @param messageId SNS's MessageId, kept across SNS retries: the de-duplication key
 * @param topicArn  the topic it was published to
 * @param subject   the optional subject, or null
 * @param message   the published payload (for DRS, the JSON envelope)
 * @param timestamp when SNS published it
 */
public record SnsNotificationMessage(
        String messageId, String topicArn, String subject, String message, Instant timestamp) {

    public SnsNotificationMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
