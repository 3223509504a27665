package jp.kakehashi.admin.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.kakehashi.admin.application.QueueStatistics;
import jp.kakehashi.admin.application.QueueStatistics.QueueFigures;
import jp.kakehashi.shared.messaging.MessagingProvider;
import org.junit.jupiter.api.Test;

/** The depth counted by browsing where the provider's own figures are missing: its limit and its cache. */
class BrowsedQueueDepthTest {

    private static final String QUEUE = "SnsInboundQueue";
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);

    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicInteger browses = new AtomicInteger();
    private final Map<String, Long> onTheQueues = new HashMap<>();
    private final BrowsedQueueDepth.QueueCounter counter = (queue, limit) -> {
        browses.incrementAndGet();
        return Math.min(onTheQueues.getOrDefault(queue, 0L), limit);
    };

    @Test
    void theProvidersOwnFiguresWinAndNothingIsBrowsed() {
        QueueFigures own = new QueueFigures(7, 500_000L, "ACTIVE", true);
        onTheQueues.put(QUEUE, 99L);

        assertEquals(Optional.of(own), depth(provider(Optional.of(own)), 10_000).read(QUEUE));
        assertEquals(0, browses.get());
    }

    @Test
    void withoutThemTheQueueIsCountedExactlyBelowTheLimit() {
        onTheQueues.put(QUEUE, 42L);

        QueueFigures counted =
                depth(provider(Optional.empty()), 10_000).read(QUEUE).orElseThrow();

        assertEquals(42, counted.depth());
        assertFalse(counted.atLeast());
        assertEquals(null, counted.maxDepth());
        assertEquals(null, counted.state());
    }

    @Test
    void aQueueAsDeepAsTheLimitIsAtLeastTheLimit() {
        onTheQueues.put(QUEUE, 25_000L);

        QueueFigures counted =
                depth(provider(Optional.empty()), 10_000).read(QUEUE).orElseThrow();

        assertEquals(10_000, counted.depth());
        assertTrue(counted.atLeast());
    }

    @Test
    void aCountIsReusedUntilItIsOlderThanTheCacheTime() {
        BrowsedQueueDepth depth = depth(provider(Optional.empty()), 10_000);
        onTheQueues.put(QUEUE, 1L);
        depth.read(QUEUE);
        onTheQueues.put(QUEUE, 2L);

        clock.addAndGet(CACHE_FOR.toNanos() - 1);
        assertEquals(1, depth.read(QUEUE).orElseThrow().depth(), "still fresh");
        assertEquals(1, browses.get());

        clock.addAndGet(1);
        assertEquals(2, depth.read(QUEUE).orElseThrow().depth(), "read again");
        assertEquals(2, browses.get());
    }

    @Test
    void eachQueueHasItsOwnCount() {
        BrowsedQueueDepth depth = depth(provider(Optional.empty()), 10_000);
        onTheQueues.put(QUEUE, 3L);
        onTheQueues.put("SnsInboundQueue.DLQ", 1L);

        assertEquals(3, depth.read(QUEUE).orElseThrow().depth());
        assertEquals(1, depth.read("SnsInboundQueue.DLQ").orElseThrow().depth());
        assertEquals(2, browses.get());
    }

    @Test
    void aFailedBrowseHasNoFiguresAndIsNotRetriedAtEveryScrape() {
        BrowsedQueueDepth depth = new BrowsedQueueDepth(
                provider(Optional.empty()),
                (queue, limit) -> {
                    browses.incrementAndGet();
                    throw new IllegalStateException("the broker is down");
                },
                10_000,
                CACHE_FOR,
                clock::get);

        assertEquals(Optional.empty(), depth.read(QUEUE));
        assertEquals(Optional.empty(), depth.read(QUEUE));
        assertEquals(1, browses.get());
    }

    private BrowsedQueueDepth depth(QueueStatistics provider, long limit) {
        return new BrowsedQueueDepth(provider, counter, limit, CACHE_FOR, clock::get);
    }

    private static QueueStatistics provider(Optional<QueueFigures> figures) {
        return new QueueStatistics() {
            @Override
            public MessagingProvider provider() {
                return MessagingProvider.LIBERTY;
            }

            @Override
            public Optional<QueueFigures> read(String queueName) {
                return figures;
            }
        };
    }
}
