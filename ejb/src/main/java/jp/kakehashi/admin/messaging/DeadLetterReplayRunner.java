package jp.kakehashi.admin.messaging;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kakehashi.admin.domain.DeadLetterReplayJob;

/**
 * Runs a bulk replay in the background, a batch at a time: each batch as many messages as its audit entry can name. A
 * failed batch changes nothing and ends the replay as failed; the messages it did not move stay on the exception
 * destination for another replay.
 */
@Stateless
public class DeadLetterReplayRunner {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplayRunner.class.getName());

    @Inject
    private DeadLetterReplayBatches batches;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long jobId, String deadLetterQueueName, String targetQueueName, List<String> ids, String actor) {
        try {
            for (List<String> batch : batchesOf(ids, targetQueueName)) {
                batches.replay(jobId, deadLetterQueueName, targetQueueName, batch, actor);
            }
            batches.finish(jobId, DeadLetterReplayJob.State.FINISHED);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Replay " + jobId + " of " + deadLetterQueueName + " failed; the messages it had not moved stay",
                    e);
            batches.finish(jobId, DeadLetterReplayJob.State.FAILED);
        }
    }

    /** Batches as large as one audit entry can name every id of. */
    static List<List<String>> batchesOf(List<String> ids, String targetQueueName) {
        String longestLine = "replayed onto " + targetQueueName + " (replay " + Long.MAX_VALUE + ")";
        List<List<String>> batches = new ArrayList<>();
        AuditedMessageIds batch = new AuditedMessageIds(longestLine);
        for (String id : ids) {
            if (!batch.hasRoomForAnother()) {
                batches.add(batch.ids());
                batch = new AuditedMessageIds(longestLine);
            }
            batch.add(id);
        }
        if (batch.count() > 0) {
            batches.add(batch.ids());
        }
        return batches;
    }
}
