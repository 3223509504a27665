package jp.kakehashi.sns.application;

import java.time.Instant;

/** A parked SNS notification: why it could not be applied, and since when. */
public record ParkedOverview(String snsMessageId, String topicArn, String reason, Instant parkedAt) {}
