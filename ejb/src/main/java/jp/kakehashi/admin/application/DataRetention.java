package jp.kakehashi.admin.application;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import jp.kakehashi.drs.application.DrsRetention;
import jp.kakehashi.sns.application.SnsRetention;

/**
 * Prunes what Kakehashi records past its retention (retention.*), every ten minutes, a batch per transaction, each
 * feature its own tables behind its retention port (SnsRetention, DrsRetention, and {@link RetentionBatches} for the
 * admin audit trail), so that the SNS ingest and the consumers never wait on it and the tables stop growing
 * without end. Not in a transaction itself.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataRetention {

    private static final Logger LOG = Logger.getLogger(DataRetention.class.getName());

    @Inject
    private RetentionBatches batches;

    @Inject
    private SnsRetention snsRetention;

    @Inject
    private DrsRetention drsRetention;

    @Inject
    private RetentionConfiguration configuration;

    private final AtomicBoolean running = new AtomicBoolean();

    /** How many rows of each kind one run deleted. */
    public record Pruned(
            long snsNotifications, long deviceEvents, long drsCalls, long auditEntries, long setupAttempts) {}

    @Schedule(hour = "*", minute = "*/10", second = "30", persistent = false)
    void pruneOnSchedule() {
        Pruned pruned = prune(Instant.now());
        if (pruned != null
                && pruned.snsNotifications()
                                + pruned.deviceEvents()
                                + pruned.drsCalls()
                                + pruned.auditEntries()
                                + pruned.setupAttempts()
                        > 0) {
            LOG.info(() -> "Pruned past their retention: " + pruned);
        }
    }

    /** One run now; null when a run is already under way on this server. */
    public Pruned prune(Instant now) {
        if (!running.compareAndSet(false, true)) {
            return null;
        }
        try {
            return new Pruned(
                    prune(now, configuration.snsNotifications(), snsRetention::pruneNotifications),
                    prune(now, configuration.deviceEvents(), drsRetention::pruneDeviceEvents),
                    prune(now, configuration.drsCalls(), drsRetention::pruneCalls),
                    prune(now, configuration.audit(), batches::auditEntries),
                    prune(now, configuration.setupAttempts(), drsRetention::pruneSetupAttempts));
        } finally {
            running.set(false);
        }
    }

    private long prune(Instant now, Duration retention, BiFunction<Instant, Integer, Integer> batch) {
        Instant cutoff = now.minus(retention);
        long total = 0;
        for (int i = 0; i < configuration.maxBatches(); i++) {
            int deleted = batch.apply(cutoff, configuration.batchSize());
            total += deleted;
            if (deleted < configuration.batchSize()) {
                break;
            }
        }
        return total;
    }
}
