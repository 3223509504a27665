package jp.kakehashi.admin.application;

import jakarta.json.bind.annotation.JsonbTransient;
import jp.kakehashi.shared.messaging.MessagingProvider;

import java.util.Locale;

/**
 * A queue as its provider reports it ({@link QueueStatistics}). {@code depth}, {@code maxDepth} and {@code state} are
 * null where this server cannot read them: Liberty's engine in another server (scaled out), or a provider that
 * reports nothing over JMS (IBM MQ).
 */
public record QueueStatus(String name, String deadLetterQueueOf, Long depth, Long maxDepth, String state, Boolean sendAllowed,
                          MessagingProvider provider) {

    @JsonbTransient
    public boolean isDeadLetterQueue() {
        return deadLetterQueueOf != null;
    }

    @JsonbTransient
    public boolean isInThisServer() {
        return depth != null;
    }

    /** The console's message for a depth it cannot show, which says why for this provider. */
    @JsonbTransient
    public String getUnavailableMessageKey() {
        return "admin.queues.unavailable." + provider.name().toLowerCase(Locale.ROOT);
    }
}
