package jp.kakehashi.sns.application;

import java.time.Instant;

/** An SNS notification Kakehashi received and stored, without its body (DRS bodies carry customer ids). */
public record ReceptionOverview(
        String messageId, String topicArn, String subject, Instant sentAt, Instant receivedAt) {}
