package jp.kakehashi.admin.application;

import java.util.Optional;

/**
 * Replays of many dead letters at once: the chosen messages are moved back onto their queue in the background, a batch
 * per transaction, each batch with one audit entry naming the ids it moved.
 */
public interface DeadLetterReplays {

    /** At most this many messages per replay; a deeper exception destination is replayed by a second one. */
    int MAX_MESSAGES = 10_000;

    /** How many messages on the exception destination the selection takes now (for the confirmation). */
    int count(String deadLetterQueueName, DeadLetterSelection selection);

    /**
     * Chooses the messages now and starts moving them.
     *
     * @throws AdminActionRefusedException not an exception destination of ours
     */
    DeadLetterReplayProgress start(String deadLetterQueueName, DeadLetterSelection selection, String actor);

    Optional<DeadLetterReplayProgress> progress(long replayId);
}
