package jp.kakehashi.drs.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.time.Duration;
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
 * minute, and at once when an admin makes every device's tokens due. A run claims a batch of due devices at a time and
 * refreshes it with at most drs.token-refresh-concurrency calls in flight at Login with Amazon, until none is due or its
 * time is up; one run at a time. No transaction here: each refresh is stored in its own, and a slow Amazon holds no
 * database connection.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TokenRefreshSchedule {

    private static final Logger LOG = Logger.getLogger(TokenRefreshSchedule.class.getName());
    private static final int BATCH = 200;
    /** A run takes no new batch after this, so that it has ended when the next minute's run starts. */
    private static final Duration RUN_TIME = Duration.ofSeconds(50);

    @Inject
    private DeviceSetup deviceSetup;

    @Inject
    private LoginWithAmazonConfiguration configuration;

    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
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
        Instant end = Instant.now().plus(RUN_TIME);
        int refreshed = 0;
        List<Long> claimed = deviceSetup.claimDue(BATCH);
        while (!claimed.isEmpty()) {
            refreshed += refreshAll(claimed);
            claimed = Instant.now().isBefore(end) ? deviceSetup.claimDue(BATCH) : List.of();
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
                refreshes.add(CompletableFuture.runAsync(() -> {
                    if (deviceSetup.refresh(deviceId)) {
                        refreshed.incrementAndGet();
                    }
                }, executor).whenComplete((ignored, failure) -> {
                    inFlight.release();
                    if (failure != null) {
                        LOG.warning(() -> "Refreshing the tokens of device " + deviceId + " failed: " + failure);
                    }
                }));
            } catch (RejectedExecutionException e) {
                // The server is stopping; the claim expires and a later run refreshes the device
                inFlight.release();
                break;
            }
        }
        CompletableFuture.allOf(refreshes.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        return refreshed.get();
    }
}
