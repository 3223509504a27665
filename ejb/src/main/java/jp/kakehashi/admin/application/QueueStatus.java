package jp.kakehashi.admin.application;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Locale;
import jp.kakehashi.shared.messaging.MessagingProvider;

/**
 * A queue as its provider reports it ({@link QueueStatistics}). {@code maxDepth} and {@code state} are null where this
 * server cannot read the provider's own figures (Liberty's engine in another server, Artemis without {@code manage},
 * IBM MQ): {@code depth} is then counted by browsing, and {@code depthAtLeast} says the count stopped at its limit.
 * {@code depth} is null only when the queue could not be read at all.
 */
public record QueueStatus(
        String name,
        String deadLetterQueueOf,
        Long depth,
        boolean depthAtLeast,
        Long maxDepth,
        String state,
        Boolean sendAllowed,
        MessagingProvider provider) {

    @JsonbTransient
    public boolean isDeadLetterQueue() {
        return deadLetterQueueOf != null;
    }

    /** Whether a depth was read, the provider's own or counted by browsing. */
    @JsonbTransient
    public boolean isDepthKnown() {
        return depth != null;
    }

    /** A depth counted up to the browse limit and no further: the console says "at least". */
    @JsonbTransient
    public boolean isDepthLowerBound() {
        return depth != null && depthAtLeast;
    }

    /** The console's message for a depth it could not read, naming what did not answer on this provider. */
    @JsonbTransient
    public String getUnavailableMessageKey() {
        return "admin.queues.unavailable." + provider.name().toLowerCase(Locale.ROOT);
    }
}
