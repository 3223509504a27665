package jp.kakehashi.admin.application;

import java.time.Duration;
import jp.kakehashi.shared.config.AtLeastOne;
import jp.kakehashi.shared.config.Settings;

/**
 * How long Kakehashi keeps what it records, and how fast it prunes (retention.*). SNS notifications as received
 * (their MessageId de-duplicates SNS's retries, which end within its retry policy); DRS notifications applied to
 * devices (Amazon's notificationId de-duplicates them; the device's history); calls to the DRS service (what admins
 * see per device); the admin audit trail; setup attempts (counted within drs.setup-attempts.window, so kept at least
 * that long). batchSize rows are deleted per transaction, so that pruning never holds up the ingest; maxBatches per
 * kind of record and run, what is left waits for the next run. Both are at least 1.
 */
@Settings({
    "retention.sns-notifications",
    "retention.device-events",
    "retention.drs-calls",
    "retention.audit",
    "retention.setup-attempts",
    "retention.batch-size",
    "retention.max-batches"
})
public record RetentionConfiguration(
        Duration snsNotifications,
        Duration deviceEvents,
        Duration drsCalls,
        Duration audit,
        Duration setupAttempts,
        @AtLeastOne int batchSize,
        @AtLeastOne int maxBatches) {}
