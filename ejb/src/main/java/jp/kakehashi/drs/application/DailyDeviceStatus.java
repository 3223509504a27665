package jp.kakehashi.drs.application;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends each set-up device's DeviceStatus as it falls due (drs.device-status.*): every minute, a batch at a time, each
 * device claimed by one server of a cluster. No transaction here: each call to Amazon happens between the claims and
 * the call log's own transactions.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyDeviceStatus {

    private static final Logger LOG = Logger.getLogger(DailyDeviceStatus.class.getName());
    private static final int BATCH = 200;

    @Inject
    private ReplenishmentRecords records;

    @Inject
    private Replenishment replenishment;

    @Inject
    private DashReplenishmentConfiguration configuration;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false)
    void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = Instant.now();
            records.scheduleDeviceStatus(now, configuration.deviceStatusFirstWithin(), BATCH);
            List<Long> due = records.claimDeviceStatusDue(now, configuration.deviceStatusInterval(), BATCH);
            int sent = 0;
            for (long deviceId : due) {
                if (replenishment.reportDeviceStatus(deviceId)) {
                    sent++;
                }
            }
            if (!due.isEmpty()) {
                int count = sent;
                LOG.fine(() -> "DeviceStatus sent for " + count + " of " + due.size() + " devices");
            }
        } catch (RuntimeException e) {
            // Two servers scheduling the same new device: one insert loses; the next minute goes on
            LOG.fine(() -> "DeviceStatus run ended early: " + e);
        } finally {
            running.set(false);
        }
    }
}
