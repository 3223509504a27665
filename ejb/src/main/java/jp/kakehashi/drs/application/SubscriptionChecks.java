package jp.kakehashi.drs.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
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
 * Reads devices' subscriptions from Amazon (SubscriptionInfo) when they are due: right after a setup (asynchronously,
 * so the member does not wait for it), and every drs.timers.period (a minute) for what is left, such as the product after a
 * SubscriptionChangedNotification or a read that failed. No transaction here: each call to Amazon happens between the
 * claim and the record's own transactions.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubscriptionChecks {

    private static final Logger LOG = Logger.getLogger(SubscriptionChecks.class.getName());
    private static final int BATCH = 200;

    @Inject
    private DeviceSubscriptions subscriptions;

    @Inject
    private Replenishment replenishment;

    @Inject
    private DashReplenishmentConfiguration configuration;

    @Resource
    private TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void startTimer() {
        DrsTimer.start(timers, configuration.timersPeriod(), 1.0 / 3, "subscription reads");
    }

    /** The device was just set up: its subscriptions are read now, unless another server took the check first. */
    @Asynchronous
    public void checkSoon(long deviceId) {
        subscriptions
                .claimSubscriptionCheck(deviceId, Instant.now(), configuration.subscriptionCheckRetryAfter())
                .ifPresent(replenishment::checkSubscriptions);
    }

    @Timeout
    void checkDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<DeviceSubscriptions.SubscriptionCheck> due = subscriptions.claimSubscriptionChecks(
                    Instant.now(), configuration.subscriptionCheckRetryAfter(), BATCH);
            long read = due.stream().filter(replenishment::checkSubscriptions).count();
            if (!due.isEmpty()) {
                LOG.fine(() -> "Subscriptions read for " + read + " of " + due.size() + " devices");
            }
        } finally {
            running.set(false);
        }
    }
}
