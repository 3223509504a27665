package jp.kakehashi.admin.messaging;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import java.util.function.Function;

/** Counts a queue's messages with a plain Jakarta Messaging browser, outside any transaction, up to a limit. */
final class JmsQueueCounter implements BrowsedQueueDepth.QueueCounter {

    private final ConnectionFactory connectionFactory;
    private final Function<String, Queue> destinations;

    /** The server's queues, looked up by their JNDI names. */
    JmsQueueCounter(ConnectionFactory connectionFactory) {
        this(connectionFactory, ManagedQueueDestinations::of);
    }

    JmsQueueCounter(ConnectionFactory connectionFactory, Function<String, Queue> destinations) {
        this.connectionFactory = connectionFactory;
        this.destinations = destinations;
    }

    @Override
    public long count(String queueName, long limit) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = context.createBrowser(destinations.apply(queueName))) {
            Enumeration<?> messages = browser.getEnumeration();
            long counted = 0;
            while (counted < limit && messages.hasMoreElements()) {
                messages.nextElement();
                counted++;
            }
            return counted;
        } catch (JMSException e) {
            throw new IllegalStateException("Could not browse " + queueName, e);
        }
    }
}
