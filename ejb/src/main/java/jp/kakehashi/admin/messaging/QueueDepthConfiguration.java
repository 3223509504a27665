package jp.kakehashi.admin.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How a queue's depth is counted where its provider's figures are not readable (kakehashi.queue-depth.*). */
@ApplicationScoped
public class QueueDepthConfiguration {

    @Inject
    @ConfigProperty(name = "kakehashi.queue-depth.browse-limit")
    int browseLimit;

    @Inject
    @ConfigProperty(name = "kakehashi.queue-depth.cache-for")
    Duration cacheFor;

    /** Messages browsed at most per count: a deeper queue shows "at least" this many. */
    public int browseLimit() {
        return Math.max(1, browseLimit);
    }

    /** How long a count is reused: /metrics is scraped every 15 s, and a browse reads every message it counts. */
    public Duration cacheFor() {
        return cacheFor.isNegative() ? Duration.ZERO : cacheFor;
    }
}
