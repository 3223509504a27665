package jp.kakehashi.admin.messaging;

import java.time.Duration;
import jp.kakehashi.shared.config.AtLeastOne;
import jp.kakehashi.shared.config.Settings;

/**
 * How a queue's depth is counted where its provider's figures are not readable (kakehashi.queue-depth.*): at most
 * browseLimit messages are browsed per count (a deeper queue shows "at least" this many, at least 1), and a count is
 * reused for cacheFor (/metrics is scraped every 15 s, and a browse reads every message it counts).
 */
@Settings({"kakehashi.queue-depth.browse-limit", "kakehashi.queue-depth.cache-for"})
public record QueueDepthConfiguration(@AtLeastOne int browseLimit, Duration cacheFor) {

    public QueueDepthConfiguration {
        cacheFor = cacheFor.isNegative() ? Duration.ZERO : cacheFor;
    }
}
