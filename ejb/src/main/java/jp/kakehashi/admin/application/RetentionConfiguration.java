package jp.kakehashi.admin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How long Kakehashi keeps what it records, and how fast it prunes (retention.*). */
@ApplicationScoped
public class RetentionConfiguration {

    @Inject
    @ConfigProperty(name = "retention.sns-notifications")
    Duration snsNotifications;

    @Inject
    @ConfigProperty(name = "retention.device-events")
    Duration deviceEvents;

    @Inject
    @ConfigProperty(name = "retention.drs-calls")
    Duration drsCalls;

    @Inject
    @ConfigProperty(name = "retention.audit")
    Duration audit;

    @Inject
    @ConfigProperty(name = "retention.setup-attempts")
    Duration setupAttempts;

    @Inject
    @ConfigProperty(name = "retention.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "retention.max-batches")
    int maxBatches;

    /** SNS notifications as received: their MessageId de-duplicates SNS's retries, which end within its retry policy. */
    public Duration snsNotifications() {
        return snsNotifications;
    }

    /** DRS notifications applied to devices: Amazon's notificationId de-duplicates them; the device's history. */
    public Duration deviceEvents() {
        return deviceEvents;
    }

    /** Calls to the DRS service: what admins see per device. */
    public Duration drsCalls() {
        return drsCalls;
    }

    /** The admin audit trail. */
    public Duration audit() {
        return audit;
    }

    /** Rows deleted per transaction: short transactions, so that pruning never holds up the ingest. */
    /** Setup attempts are counted within drs.setup-attempts.window; kept at least that long, then pruned here. */
    public Duration setupAttempts() {
        return setupAttempts;
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }

    /** Batches per kind of record and run; what is left waits for the next run. */
    public int maxBatches() {
        return Math.max(1, maxBatches);
    }
}
