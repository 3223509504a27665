package jp.kakehashi.admin.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import jp.kakehashi.admin.application.DeviceAdministration;
import jp.kakehashi.admin.application.ManagedQueue;
import jp.kakehashi.admin.application.QueueAdministration;
import jp.kakehashi.sns.application.SnsNotificationService;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What operators watch, as gauges at /metrics (README, Operations): the queues' depths, parked notifications, device
 * tokens by state, replenishment orders open and in doubt, DRS calls failed in the last 24 hours and subscription
 * reads waiting. Each is read when /metrics is scraped, from the database or the messaging provider (its own figures,
 * else a capped and briefly cached count by browsing: docs/operations.md, "Queue depth in every topology").
 */
@ApplicationScoped
public class OperationsMetrics {

    @Inject
    private MetricRegistry registry;

    @Inject
    private QueueAdministration queues;

    @Inject
    private DeviceAdministration devices;

    @Inject
    private SnsNotificationService notifications;

    /** A scrape reads every gauge in turn: the counts behind several gauges are read once for all of them. */
    private final Recent<jp.kakehashi.drs.application.TokenCounts> tokens = new Recent<>(() -> devices.tokenCounts());

    private final Recent<jp.kakehashi.drs.application.ReplenishmentDashboard.Counts> replenishment =
            new Recent<>(() -> devices.replenishmentCounts());

    void register(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // The queues this application uses (their depths are read at each scrape, never at start: a broker may be down)
        for (ManagedQueue managed : ManagedQueue.values()) {
            for (String queue : List.of(managed.queueName(), managed.deadLetterQueueName())) {
                gauge("kakehashi.queue.depth", () -> depth(queue), new Tag("queue", queue));
            }
        }
        gauge("kakehashi.sns.parked", notifications::countParked);
        gauge("kakehashi.device.tokens", () -> tokens.get().active(), new Tag("state", "active"));
        gauge("kakehashi.device.tokens", () -> tokens.get().due(), new Tag("state", "due"));
        gauge("kakehashi.device.tokens", () -> tokens.get().needsSetup(), new Tag("state", "needs_setup"));
        replenishment("kakehashi.drs.orders.open", counts -> counts.openOrders());
        replenishment("kakehashi.drs.orders.in_doubt", counts -> counts.ordersInDoubt());
        replenishment("kakehashi.drs.calls.failed_24h", counts -> counts.failedCalls());
        replenishment("kakehashi.drs.subscription_checks.waiting", counts -> counts.subscriptionChecksWaiting());
        replenishment("kakehashi.drs.setups.unproven_24h", counts -> counts.unprovenSetups());
    }

    /** -1 when the queue could not be read at all (the provider did not answer); at most the browse limit when counted. */
    private long depth(String queue) {
        Long depth = queues.queue(queue).depth();
        return depth == null ? -1 : depth;
    }

    private void replenishment(
            String name, ToLongFunction<jp.kakehashi.drs.application.ReplenishmentDashboard.Counts> value) {
        gauge(name, () -> value.applyAsLong(replenishment.get()));
    }

    private void gauge(String name, Supplier<Long> value, Tag... tags) {
        registry.gauge(name, value, tags);
    }

    /** What was read less than a few seconds ago, else read again (two scrapes at once may both read: harmless). */
    private static final class Recent<T> implements Supplier<T> {

        private static final long FRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

        private final Supplier<T> read;
        private volatile T value;
        private volatile long readAt;

        Recent(Supplier<T> read) {
            this.read = read;
        }

        @Override
        public T get() {
            long now = System.nanoTime();
            T recent = value;
            if (recent == null || now - readAt > FRESH_NANOS) {
                recent = read.get();
                value = recent;
                readAt = now;
            }
            return recent;
        }
    }
}
