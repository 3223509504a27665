package jp.kakehashi.admin.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jp.kakehashi.admin.application.AuditTrail;
import jp.kakehashi.admin.domain.AdminAction;

/**
 * Deletes messages a batch per transaction, with the batch's audit line in the same transaction, so that purging a
 * deep queue never holds one huge transaction and no deletion goes unrecorded.
 */
@Stateless
public class QueuePurger {

    private static final long RECEIVE_MILLIS = 200;

    @Inject
    @JMSConnectionFactory("jms/kakehashi/ConnectionFactory")
    private JMSContext context;

    @Inject
    private AuditTrail auditTrail;

    /** @return how many were deleted; 0 when the queue is empty */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int discard(String queueName, int max, String actor) {
        int discarded = 0;
        try (JMSConsumer consumer = context.createConsumer(context.createQueue(queueName))) {
            while (discarded < max && consumer.receive(RECEIVE_MILLIS) != null) {
                discarded++;
            }
        }
        if (discarded > 0) {
            auditTrail.record(actor, AdminAction.PURGE_QUEUE, queueName, discarded + " messages deleted");
        }
        return discarded;
    }
}
