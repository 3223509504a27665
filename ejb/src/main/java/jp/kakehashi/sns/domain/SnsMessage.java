package jp.kakehashi.sns.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A message as SNS delivered it to our endpoint, before or after its signature is checked.
 *
 * @param timestampText the {@code Timestamp} exactly as sent: the signature covers this text, not the parsed instant
 */
public record SnsMessage(
        SnsMessageType type,
        String messageId,
        String topicArn,
        String subject,
        String message,
        String timestampText,
        Instant timestamp,
        String signatureVersion,
        String signature,
        String signingCertUrl,
        String subscribeUrl,
        String unsubscribeUrl,
        String token) {

    public SnsMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(timestampText, "timestampText");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The notification as it travels through the inbound queue. */
    public SnsNotificationMessage toNotification() {
        if (type != SnsMessageType.NOTIFICATION) {
            throw new IllegalStateException(type + " is not a notification");
        }
        return new SnsNotificationMessage(messageId, topicArn, subject, message, timestamp);
    }
}
