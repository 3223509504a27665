package jp.kakehashi.admin.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kakehashi.admin.application.AuditTrail;
import jp.kakehashi.admin.application.DeadLetterReplayProgress;
import jp.kakehashi.admin.application.ManagedQueue;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.admin.domain.DeadLetterReplayJob;

/**
 * The steps of a bulk replay, each in a transaction of its own: a batch's messages leave the exception destination,
 * reach their queue, are named in one audit entry and counted on the job together, or none of it happens.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeadLetterReplayBatches {

    /** How long a batch waits for a message it chose beyond the first: one it does not get has left meanwhile. */
    private static final long RECEIVE_MILLIS = 500;

    @Inject
    @JMSConnectionFactory("jms/kakehashi/ConnectionFactory")
    private JMSContext context;

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private AuditTrail auditTrail;

    public DeadLetterReplayProgress create(
            String deadLetterQueueName, String targetQueueName, String selection, String actor, int total) {
        DeadLetterReplayJob job = new DeadLetterReplayJob(deadLetterQueueName, selection, actor, total, Instant.now());
        entityManager.persist(job);
        entityManager.flush();
        return progressOf(job, targetQueueName);
    }

    /** Moves those of the ids still on the exception destination; the audit entry names the ids it moved. */
    public void replay(long jobId, String deadLetterQueueName, String targetQueueName, List<String> ids, String actor) {
        AuditedMessageIds moved = new AuditedMessageIds("replayed onto " + targetQueueName + " (replay " + jobId + ")");
        String selector =
                ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "JMSMessageID IN (", ")"));
        try (JMSConsumer consumer =
                context.createConsumer(ManagedQueueDestinations.of(deadLetterQueueName), selector)) {
            Message dead;
            while (moved.count() < ids.size() && (dead = consumer.receive(RECEIVE_MILLIS)) != null) {
                DeadLetterCopies.sendBack(context, dead, targetQueueName);
                moved.add(idOf(dead));
            }
        }
        if (moved.count() > 0) {
            auditTrail.record(actor, AdminAction.REPLAY_MESSAGES, deadLetterQueueName, moved.detail());
        }
        entityManager
                .find(DeadLetterReplayJob.class, jobId)
                .batchDone(moved.count(), ids.size() - moved.count(), Instant.now());
    }

    public void finish(long jobId, DeadLetterReplayJob.State outcome) {
        entityManager.find(DeadLetterReplayJob.class, jobId).finish(outcome, Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<DeadLetterReplayProgress> progress(long jobId) {
        return Optional.ofNullable(entityManager.find(DeadLetterReplayJob.class, jobId))
                .map(job -> progressOf(
                        job,
                        ManagedQueue.ofDeadLetterQueue(job.getQueueName())
                                .map(ManagedQueue::queueName)
                                .orElse(null)));
    }

    private static DeadLetterReplayProgress progressOf(DeadLetterReplayJob job, String targetQueueName) {
        return new DeadLetterReplayProgress(
                job.getId(),
                job.getQueueName(),
                targetQueueName,
                job.getSelection(),
                job.getRequestedBy(),
                job.getRequestedAt(),
                job.getTotal(),
                job.getReplayed(),
                job.getGone(),
                job.getState().name(),
                job.getFinishedAt());
    }

    private static String idOf(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return null;
        }
    }
}
