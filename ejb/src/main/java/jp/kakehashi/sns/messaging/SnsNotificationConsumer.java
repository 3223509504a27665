package jp.kakehashi.sns.messaging;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.shared.activity.ActivityLog;
import jp.kakehashi.shared.persistence.DatabaseAvailability;
import jp.kakehashi.shared.tracing.Tracing;
import jp.kakehashi.sns.application.QueuedNotification;
import jp.kakehashi.sns.application.SnsConfiguration;
import jp.kakehashi.sns.application.SnsNotificationBacklog;
import jp.kakehashi.sns.application.SnsNotificationService;

/**
 * Takes SNS notifications off the inbound queue and hands each to {@link SnsNotificationService} in the same
 * container transaction. With its message it takes up to {@code sns.consumer.batch-size - 1} more that wait for their
 * first delivery, so that one commit stores them all: the forced writes of the transaction log, not the work, bound
 * how fast the queue drains. A failure rolls them all back; each is then redelivered, taken on its own, up to the
 * queue's limit, and then moves to the dead-letter queue. Bound by the activation spec
 * {@code kakehashi/kakehashi-ejb/SnsNotificationConsumer}.
 */
@MessageDriven(name = "SnsNotificationConsumer")
public class SnsNotificationConsumer implements MessageListener {

    private static final Attributes PROCESS_ATTRIBUTES = Attributes.of(
            SnsTracing.MESSAGING_SYSTEM, "jms",
            SnsTracing.DESTINATION, JmsSnsNotificationQueue.QUEUE_NAME,
            SnsTracing.OPERATION, "process");

    @Inject
    private SnsNotificationService notifications;

    @Inject
    private SnsNotificationBacklog backlog;

    @Inject
    private SnsConfiguration configuration;

    @Inject
    private ActivityLog activityLog;

    @Inject
    private Tracing tracing;

    @Inject
    private DatabaseAvailability database;

    private static final Logger LOG = Logger.getLogger(SnsNotificationConsumer.class.getName());

    @Override
    public void onMessage(Message message) {
        try {
            List<QueuedNotification> batch = batchOf(message);
            batch.forEach(this::receive);
            batch.forEach(processed -> activityLog.record(Activity.NOTIFICATION_PROCESSED));
        } catch (JMSException e) {
            activityLog.record(Activity.NOTIFICATION_FAILED);
            throw new IllegalStateException("Could not read SNS notification " + describe(message), e);
        } catch (RuntimeException e) {
            activityLog.record(Activity.NOTIFICATION_FAILED);
            waitOutADatabaseOutage(message);
            throw e;
        }
    }

    /**
     * Liberty's engine redelivers a rolled-back message at once, with no delay: without this wait, a database outage
     * of a few seconds would use up every notification's deliveries within milliseconds and send them all to the
     * dead-letter queue. Waiting here holds the consumer (and its messages) until the database answers again, so the
     * outage costs one delivery each.
     */
    private void waitOutADatabaseOutage(Message message) {
        if (!database.answers()) {
            LOG.warning(() -> "The database does not answer: SNS notification " + describe(message)
                    + " waits for it (up to " + configuration.databaseOutageWait() + ") before it is redelivered");
            database.awaitAnswer(configuration.databaseOutageWait());
        }
    }

    /** Each notification of the batch in a span of its own that continues the trace of the POST that queued it. */
    private void receive(QueuedNotification queued) {
        Span span = tracing.start(
                "process " + JmsSnsNotificationQueue.QUEUE_NAME,
                SpanKind.CONSUMER,
                tracing.contextOf(queued.traceContext()),
                PROCESS_ATTRIBUTES.toBuilder()
                        .put(SnsTracing.SNS_MESSAGE_ID, queued.notification().messageId())
                        .build());
        try (Scope scope = span.makeCurrent()) {
            notifications.receive(queued.notification());
        } catch (RuntimeException e) {
            Tracing.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    private List<QueuedNotification> batchOf(Message message) throws JMSException {
        QueuedNotification first = SnsNotificationMessages.fromJms(message);
        int size = configuration.consumerBatchSize();
        if (size == 1 || message.getJMSRedelivered()) {
            return List.of(first);
        }
        List<QueuedNotification> batch = new ArrayList<>(size);
        batch.add(first);
        batch.addAll(backlog.takeWaiting(size - 1));
        return batch;
    }

    private static String describe(Message message) {
        try {
            return message.getStringProperty(SnsNotificationMessages.MESSAGE_ID);
        } catch (JMSException e) {
            return "(unreadable)";
        }
    }
}
