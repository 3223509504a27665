package jp.kakehashi.admin.application;

import java.time.Duration;
import java.time.Instant;

/** A message waiting on a queue, as the admin list shows it; DRS fields are null when the body is not a DRS envelope. */
public record QueuedMessageSummary(
        String id,
        Instant putAt,
        int deliveryCount,
        String snsMessageId,
        String drsType,
        String serialNumber,
        Duration age) {}
