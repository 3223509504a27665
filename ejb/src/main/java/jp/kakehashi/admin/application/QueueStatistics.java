package jp.kakehashi.admin.application;

import java.util.Optional;
import jp.kakehashi.shared.messaging.MessagingProvider;

/**
 * The port to a JMS provider's own figures for a queue, the one thing Jakarta Messaging has no API for: browsing,
 * replaying, deleting and purging go through plain JMS and work on every provider. One adapter per provider,
 * chosen by {@code kakehashi.messaging.provider}.
 */
public interface QueueStatistics {

    /** The provider, as the console names it. */
    MessagingProvider provider();

    /** The queue's figures, or empty when this server cannot read them (the broker is down, or says nothing). */
    Optional<QueueFigures> read(String queueName);

    /**
     * @param depth       messages on the queue
     * @param maxDepth    the most it takes, or null where the provider limits by size or not at all
     * @param state       the provider's word for it (ACTIVE, PAUSED...), or null
     * @param sendAllowed whether producers may send, or null where the provider does not say
     * @param atLeast     whether depth is a lower bound: counted by browsing, which stops at a limit
     */
    record QueueFigures(long depth, Long maxDepth, String state, Boolean sendAllowed, boolean atLeast) {

        /** The provider's own figures: an exact depth. */
        public QueueFigures(long depth, Long maxDepth, String state, Boolean sendAllowed) {
            this(depth, maxDepth, state, sendAllowed, false);
        }
    }
}
