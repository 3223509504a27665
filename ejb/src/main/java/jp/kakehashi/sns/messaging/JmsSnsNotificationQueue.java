package jp.kakehashi.sns.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jp.kakehashi.sns.application.QueueUnavailableException;
import jp.kakehashi.sns.application.SnsNotificationBacklog;
import jp.kakehashi.sns.application.SnsNotificationQueue;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * The inbound queue on Jakarta Messaging, both ports: a persistent send that commits with the container transaction,
 * and the consumers' receive of more waiting notifications within theirs.
 */
@Stateless
@Local({SnsNotificationQueue.class, SnsNotificationBacklog.class})
public class JmsSnsNotificationQueue implements SnsNotificationQueue, SnsNotificationBacklog {

    /**
     * First deliveries only: a message that comes back after a rolled-back batch is left for a consumer to take on its
     * own, so that one that keeps failing reaches the dead-letter queue without taking its batch-mates with it.
     */
    static final String FIRST_DELIVERIES = "JMSXDeliveryCount = 1";

    @Inject
    @JMSConnectionFactory("jms/kakehashi/ConnectionFactory")
    private JMSContext context;

    @Resource(lookup = "jms/kakehashi/SnsInboundQueue")
    private Queue queue;

    @Override
    public void enqueue(SnsNotificationMessage notification) {
        try {
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(queue, SnsNotificationMessages.toJms(context, notification));
        } catch (JMSException e) {
            throw new QueueUnavailableException("The SNS inbound queue did not take message " + notification.messageId(), e);
        } catch (RuntimeException e) {
            throw unavailableOr(e, "The SNS inbound queue did not take message " + notification.messageId());
        }
    }

    /**
     * A messaging failure as the queue being unavailable: thrown by the context itself, or wrapped by the container
     * when it creates the injected context (a messaging server that refuses this server's credentials, say). Any
     * other exception is a bug and stays what it is.
     */
    private static RuntimeException unavailableOr(RuntimeException failure, String message) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JMSRuntimeException || cause instanceof JMSException) {
                return new QueueUnavailableException(message, failure);
            }
        }
        return failure;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<SnsNotificationMessage> takeWaiting(int max) {
        List<SnsNotificationMessage> taken = new ArrayList<>(max);
        try (JMSConsumer consumer = context.createConsumer(queue, FIRST_DELIVERIES)) {
            Message message;
            while (taken.size() < max && (message = consumer.receiveNoWait()) != null) {
                taken.add(SnsNotificationMessages.fromJms(message));
            }
        } catch (JMSException e) {
            throw new QueueUnavailableException("The SNS inbound queue could not be read", e);
        } catch (RuntimeException e) {
            throw unavailableOr(e, "The SNS inbound queue could not be read");
        }
        return taken;
    }
}
