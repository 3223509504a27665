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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Refreshes the tokens of devices whose access token falls due (drs.token-refresh-margin before it expires): every
 * drs.timers.period (a minute), and at once when an admin makes every device's tokens due. A run claims a batch of due devices at a time and
 * refreshes it with at most drs.token-refresh-concurrency calls in flight at Login with Amazon, until none is due or its
 * time is up; one run at a time. No transaction here: each refresh is stored in its own, and a slow Amazon holds no
 * database connection.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TokenRefreshSchedule {

    private static final Logger LOG = Logger.getLogger(TokenRefreshSchedule.class.getName());
    private static final int BATCH = 200;

    @Inject
    private TokenRefresh tokenRefresh;

    @Inject
    private LoginWithAmazonConfiguration configuration;

    @Inject
    private DashReplenishmentConfiguration drsConfiguration;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    @PostConstruct
    void startTimer() {
        DrsTimer.start(timers, drsConfiguration.timersPeriod(), 0.25, "token refresh");
    }

    @Timeout
    void refreshDueTokens() {
        run();
    }

    /** Starts a run now, unless one is already going (it will find the newly due devices). */
    @Asynchronous
    public void refreshNow() {
        run();
    }

    /**
     * One run at a time; a request that comes while one is going makes it run again afterwards, so that devices made
     * due just as a run found none left are not left for the next minute.
     */
    private void run() {
        requested.set(true);
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                refreshUntilNoneDue();
            } finally {
                running.set(false);
            }
        }
    }

    private void refreshUntilNoneDue() {
        // A run takes no new batch after five sixths of the period, so that it has ended when the next one starts
        Instant end = Instant.now()
                .plus(drsConfiguration.timersPeriod().multipliedBy(5).dividedBy(6));
        int refreshed = 0;
        List<Long> claimed = tokenRefresh.claimDue(BATCH);
        while (!claimed.isEmpty()) {
            refreshed += refreshAll(claimed);
            claimed = Instant.now().isBefore(end) ? tokenRefresh.claimDue(BATCH) : List.of();
        }
        if (refreshed > 0) {
            int count = refreshed;
            LOG.info(() -> "Refreshed the tokens of " + count + " devices");
        }
    }

    private int refreshAll(List<Long> deviceIds) {
        Semaphore inFlight = new Semaphore(configuration.refreshConcurrency());
        AtomicInteger refreshed = new AtomicInteger();
        List<CompletableFuture<Void>> refreshes = new ArrayList<>(deviceIds.size());
        for (long deviceId : deviceIds) {
            inFlight.acquireUninterruptibly();
            try {
                refreshes.add(CompletableFuture.runAsync(
                                () -> {
                                    if (tokenRefresh.refresh(deviceId)) {
                                        refreshed.incrementAndGet();
                                    }
                                },
                                executor)
                        .whenComplete((ignored, failure) -> {
                            inFlight.release();
                            if (failure != null) {
                                LOG.warning(
                                        () -> "Refreshing the tokens of device " + deviceId + " failed: " + failure);
                            }
                        }));
            } catch (RejectedExecutionException e) {
                // The server is stopping; the claim expires and a later run refreshes the device
                inFlight.release();
                break;
            }
        }
        CompletableFuture.allOf(refreshes.toArray(CompletableFuture[]::new))
                .exceptionally(failure -> null)
                .join();
        return refreshed.get();
    }
}
