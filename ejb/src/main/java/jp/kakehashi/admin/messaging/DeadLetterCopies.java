package jp.kakehashi.admin.messaging;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Collections;

/**
 * A dead letter sent back onto its queue: the same body and SNS properties (so that the consumer's idempotency still
 * holds), marked with the id it had on the exception destination.
 */
final class DeadLetterCopies {

    static final String REPLAYED_FROM = "KakehashiReplayedFrom";

    private DeadLetterCopies() {}

    static void sendBack(JMSContext context, Message dead, String queueName) {
        try {
            TextMessage copy = context.createTextMessage(((TextMessage) dead).getText());
            for (Object property : Collections.list(dead.getPropertyNames())) {
                String name = (String) property;
                if (!name.startsWith("JMS")) {
                    copy.setObjectProperty(name, dead.getObjectProperty(name));
                }
            }
            copy.setStringProperty(REPLAYED_FROM, dead.getJMSMessageID());
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(ManagedQueueDestinations.of(queueName), copy);
        } catch (JMSException | ClassCastException e) {
            throw new IllegalStateException("Could not replay a dead letter onto " + queueName, e);
        }
    }
}
