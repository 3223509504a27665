package jp.kakehashi.drs.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends each set-up device's DeviceStatus as it falls due (drs.device-status.*): every drs.timers.period (a minute), a batch at a time, each
 * device claimed by one server of a cluster. No transaction here: each call to Amazon happens between the claims and
 * the call log's own transactions.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyDeviceStatus {

    private static final Logger LOG = Logger.getLogger(DailyDeviceStatus.class.getName());
    private static final int BATCH = 200;

    @Inject
    private DeviceStatusSchedule schedule;

    @Inject
    private Replenishment replenishment;

    @Inject
    private DashReplenishmentConfiguration configuration;

    @Resource
    private TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void startTimer() {
        DrsTimer.start(timers, configuration.timersPeriod(), 2.0 / 3, "DeviceStatus");
    }

    @Timeout
    void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = Instant.now();
            schedule.scheduleDeviceStatus(now, configuration.deviceStatusFirstWithin(), BATCH);
            List<Long> due = schedule.claimDeviceStatusDue(now, configuration.deviceStatusInterval(), BATCH);
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
