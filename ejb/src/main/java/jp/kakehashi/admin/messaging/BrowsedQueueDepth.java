package jp.kakehashi.admin.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import jp.kakehashi.admin.application.QueueStatistics;
import jp.kakehashi.shared.messaging.MessagingProvider;

/**
 * The provider's own figures where this server can read them, else the depth counted by browsing the queue, which
 * works on every JMS provider: Liberty's engine in another server (the cluster topology), Artemis without the
 * {@code manage} permission, IBM MQ. A browse reads every message it counts, so it stops at a limit (the depth is then
 * "at least" the limit) and a count is reused for a while: /metrics and the console ask often.
 */
final class BrowsedQueueDepth implements QueueStatistics {

    /** Counts a queue's messages by browsing, stopping at {@code limit}. */
    @FunctionalInterface
    interface QueueCounter {
        long count(String queueName, long limit);
    }

    private static final Logger LOG = Logger.getLogger(BrowsedQueueDepth.class.getName());

    private final QueueStatistics provider;
    private final QueueCounter counter;
    private final long limit;
    private final long freshNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Count> counts = new HashMap<>();

    BrowsedQueueDepth(
            QueueStatistics provider, QueueCounter counter, long limit, Duration cacheFor, LongSupplier nanoTime) {
        this.provider = provider;
        this.counter = counter;
        this.limit = limit;
        this.freshNanos = cacheFor.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public MessagingProvider provider() {
        return provider.provider();
    }

    @Override
    public Optional<QueueFigures> read(String queueName) {
        Optional<QueueFigures> own = provider.read(queueName);
        return own.isPresent() ? own : counted(queueName);
    }

    /** One browse at a time: a second scrape waits for the first's count rather than browsing the queue again. */
    private synchronized Optional<QueueFigures> counted(String queueName) {
        long now = nanoTime.getAsLong();
        Count recent = counts.get(queueName);
        if (recent == null || now - recent.readAt() >= freshNanos) {
            recent = new Count(count(queueName), now);
            counts.put(queueName, recent);
        }
        return recent.figures();
    }

    /** Empty when the browse fails (the broker is down): /health/ready says so, the figures show as unavailable. */
    private Optional<QueueFigures> count(String queueName) {
        try {
            long depth = Math.min(counter.count(queueName, limit), limit);
            return Optional.of(new QueueFigures(depth, null, null, null, depth >= limit));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not count " + queueName + " by browsing it: " + e);
            return Optional.empty();
        }
    }

    private record Count(Optional<QueueFigures> figures, long readAt) {}
}
