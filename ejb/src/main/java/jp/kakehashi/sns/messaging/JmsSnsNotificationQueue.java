package jp.kakehashi.sns.messaging;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
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
import java.util.ArrayList;
import java.util.List;
import jp.kakehashi.shared.messaging.MessagingConfiguration;
import jp.kakehashi.shared.tracing.Tracing;
import jp.kakehashi.sns.application.QueueUnavailableException;
import jp.kakehashi.sns.application.QueuedNotification;
import jp.kakehashi.sns.application.SnsNotificationBacklog;
import jp.kakehashi.sns.application.SnsNotificationQueue;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

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

    static final String QUEUE_NAME = "SnsInboundQueue";
    private static final Attributes SEND_ATTRIBUTES = Attributes.of(
            SnsTracing.MESSAGING_SYSTEM, "jms",
            SnsTracing.DESTINATION, QUEUE_NAME,
            SnsTracing.OPERATION, "send");

    @Inject
    private Tracing tracing;

    @Inject
    private MessagingConfiguration messaging;

    @Inject
    @JMSConnectionFactory("jms/kakehashi/ConnectionFactory")
    private JMSContext context;

    @Resource(lookup = "jms/kakehashi/SnsInboundQueue")
    private Queue queue;

    @Override
    public void enqueue(SnsNotificationMessage notification) {
        Span span = tracing.start(
                "send " + QUEUE_NAME,
                SpanKind.PRODUCER,
                Context.current(),
                SEND_ATTRIBUTES.toBuilder()
                        .put(SnsTracing.SNS_MESSAGE_ID, notification.messageId())
                        .build());
        try (Scope scope = span.makeCurrent()) {
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(queue, SnsNotificationMessages.toJms(context, notification, tracing.currentContext()));
        } catch (JMSException e) {
            Tracing.failed(span, e);
            throw new QueueUnavailableException(
                    "The SNS inbound queue did not take message " + notification.messageId(), e);
        } catch (RuntimeException e) {
            Tracing.failed(span, e);
            throw unavailableOr(e, "The SNS inbound queue did not take message " + notification.messageId());
        } finally {
            span.end();
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
    public List<QueuedNotification> takeWaiting(int max) {
        if (!messaging.provider().selectsFirstDeliveries()) {
            // Without that selector a redelivered poison message could join, and fail, batch after batch
            return List.of();
        }
        List<QueuedNotification> taken = new ArrayList<>(max);
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
