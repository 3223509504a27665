package jp.kakehashi.sns.application;

import java.util.List;

/**
 * The port through which a consumer takes more of the notifications waiting on the inbound queue into its own
 * transaction, so that one commit (one forced write of the transaction log) stores many of them.
 */
public interface SnsNotificationBacklog {

    /**
     * Takes up to {@code max} (at least 1) waiting notifications that have not been delivered before, without waiting for more:
     * they leave the queue when the caller's transaction commits and go back to it, as redelivered, when it rolls back.
     *
     * @throws QueueUnavailableException when the queue cannot be read
     */
    List<QueuedNotification> takeWaiting(int max);
}
