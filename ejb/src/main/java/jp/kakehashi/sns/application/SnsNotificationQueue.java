package jp.kakehashi.sns.application;

import jp.kakehashi.sns.domain.SnsNotificationMessage;

/** The port through which verified SNS notifications enter the persistent inbound queue. */
public interface SnsNotificationQueue {

    /**
     * Puts the notification on the queue as a persistent message, in the caller's transaction (or a new one).
     *
     * @throws QueueUnavailableException when the queue cannot take it; the sender should ask SNS to retry
     */
    void enqueue(SnsNotificationMessage notification);
}
