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
import jp.kakehashi.admin.application.AuditTrail;
import jp.kakehashi.admin.domain.AdminAction;

/**
 * Deletes messages a batch per transaction, with the batch's audit line naming each deleted message in the same
 * transaction, so that purging a deep queue never holds one huge transaction and no deletion goes unrecorded.
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
    public int discard(String queueName, String actor) {
        AuditedMessageIds batch = new AuditedMessageIds(AuditedMessageIds.DELETED);
        try (JMSConsumer consumer = context.createConsumer(ManagedQueueDestinations.of(queueName))) {
            Message message;
            // A batch ends while the audit line can still name one more: a received message is deleted at commit
            while (batch.hasRoomForAnother() && (message = consumer.receive(RECEIVE_MILLIS)) != null) {
                batch.add(idOf(message));
            }
        }
        if (batch.count() > 0) {
            auditTrail.record(actor, AdminAction.PURGE_QUEUE, queueName, batch.detail());
        }
        return batch.count();
    }

    private static String idOf(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return null;
        }
    }
}
