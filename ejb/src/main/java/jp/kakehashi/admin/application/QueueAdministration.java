package jp.kakehashi.admin.application;

import java.util.List;
import java.util.Optional;

/**
 * The application's queues for admins. Every change is written to the audit trail in the same transaction.
 * Queue names outside {@link ManagedQueue} are refused with {@link AdminActionRefusedException}.
 */
public interface QueueAdministration {

    List<QueueStatus> queues();

    QueueStatus queue(String queueName);

    /** The messages waiting, oldest first, a page at a time. */
    List<QueuedMessageSummary> messages(String queueName, int first, int max);

    Optional<QueuedMessageDetail> message(String queueName, String messageId);

    /**
     * Moves a dead-lettered message back onto the queue it came from, with the same body and SNS properties (so that
     * the consumer's idempotency still holds).
     *
     * @throws QueuedMessageNotFoundException it is no longer on the exception destination
     */
    void replay(String deadLetterQueueName, String messageId, String actor);

    /** @throws QueuedMessageNotFoundException it is no longer on the queue */
    void delete(String queueName, String messageId, String actor);

    /**
     * Deletes every message on an exception destination, each one's id in the audit trail; returns how many.
     *
     * @throws LiveQueuePurgeRefusedException for an application queue: its messages are still to be processed
     */
    int purge(String queueName, String actor);
}
