package jp.kakehashi.admin.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;

/** Deletes messages a batch per transaction, so that purging a deep queue never holds one huge transaction. */
@Stateless
public class QueuePurger {

    private static final long FIRST_RECEIVE_MILLIS = 500;

    @Inject
    @JMSConnectionFactory("jms/kakehashi/ConnectionFactory")
    private JMSContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int discard(String queueName, int max) {
        int discarded = 0;
        try (JMSConsumer consumer = context.createConsumer(context.createQueue(queueName))) {
            if (consumer.receive(FIRST_RECEIVE_MILLIS) == null) {
                return 0;
            }
            discarded++;
            while (discarded < max && consumer.receiveNoWait() != null) {
                discarded++;
            }
        }
        return discarded;
    }
}
