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
import jakarta.jms.QueueBrowser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.AuditTrail;
import jp.kakehashi.admin.application.LiveQueuePurgeRefusedException;
import jp.kakehashi.admin.application.ManagedQueue;
import jp.kakehashi.admin.application.QueueAdministration;
import jp.kakehashi.admin.application.QueueStatistics;
import jp.kakehashi.admin.application.QueueStatus;
import jp.kakehashi.admin.application.QueuedMessageDetail;
import jp.kakehashi.admin.application.QueuedMessageNotFoundException;
import jp.kakehashi.admin.application.QueuedMessageSummary;
import jp.kakehashi.admin.domain.AdminAction;

/**
 * Queues for admins on any JMS provider: figures from the provider's {@link QueueStatistics} adapter, messages through a
 * Jakarta Messaging browser, and changes as consumes and sends in the container transaction, so that a replay either moves the message
 * with its audit line or does nothing.
 */
@Stateless
public class JmsQueueAdministration implements QueueAdministration {

    static final Pattern MESSAGE_ID = Pattern.compile("ID:[0-9A-Za-z_\\-]{1,100}");
    private static final long RECEIVE_TIMEOUT_MILLIS = 2_000;

    @Inject
    @JMSConnectionFactory("jms/kakehashi/ConnectionFactory")
    private JMSContext context;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private QueuePurger purger;

    @Inject
    private QueueStatistics statistics;

    /** Outside a transaction: a provider asked over JMS (Artemis) would see the question only at its commit. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<QueueStatus> queues() {
        List<QueueStatus> queues = new ArrayList<>();
        for (ManagedQueue queue : ManagedQueue.values()) {
            queues.add(status(queue.queueName(), null));
            queues.add(status(queue.deadLetterQueueName(), queue.queueName()));
        }
        return queues;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public QueueStatus queue(String queueName) {
        requireManaged(queueName);
        return status(
                queueName,
                ManagedQueue.ofDeadLetterQueue(queueName)
                        .map(ManagedQueue::queueName)
                        .orElse(null));
    }

    private QueueStatus status(String name, String deadLetterQueueOf) {
        return statistics
                .read(name)
                .map(read -> new QueueStatus(
                        name,
                        deadLetterQueueOf,
                        read.depth(),
                        read.atLeast(),
                        read.maxDepth(),
                        read.state(),
                        read.sendAllowed(),
                        statistics.provider()))
                .orElseGet(() ->
                        new QueueStatus(name, deadLetterQueueOf, null, false, null, null, null, statistics.provider()));
    }

    @Override
    public List<QueuedMessageSummary> messages(String queueName, int first, int max) {
        requireManaged(queueName);
        List<QueuedMessageSummary> page = new ArrayList<>();
        try (QueueBrowser browser = context.createBrowser(ManagedQueueDestinations.of(queueName))) {
            Enumeration<?> messages = browser.getEnumeration();
            int index = 0;
            while (messages.hasMoreElements() && page.size() < max) {
                Message message = (Message) messages.nextElement();
                if (index++ >= first) {
                    page.add(QueuedMessages.summarize(message));
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Could not browse " + queueName, e);
        }
        return page;
    }

    @Override
    public Optional<QueuedMessageDetail> message(String queueName, String messageId) {
        requireManaged(queueName);
        try (QueueBrowser browser =
                context.createBrowser(ManagedQueueDestinations.of(queueName), selectorFor(messageId))) {
            for (Object found : Collections.list(browser.getEnumeration())) {
                return Optional.of(QueuedMessages.detail((Message) found));
            }
            return Optional.empty();
        } catch (JMSException e) {
            throw new IllegalStateException("Could not browse " + queueName, e);
        }
    }

    @Override
    public void replay(String deadLetterQueueName, String messageId, String actor) {
        ManagedQueue queue = ManagedQueue.ofDeadLetterQueue(deadLetterQueueName)
                .orElseThrow(() ->
                        new AdminActionRefusedException("Only messages on an exception destination can be replayed"));
        Message dead = take(deadLetterQueueName, messageId);
        DeadLetterCopies.sendBack(context, dead, queue.queueName());
        auditTrail.record(
                actor, AdminAction.REPLAY_MESSAGE, deadLetterQueueName + " " + messageId, "onto " + queue.queueName());
    }

    @Override
    public void delete(String queueName, String messageId, String actor) {
        requireManaged(queueName);
        Message deleted = take(queueName, messageId);
        auditTrail.record(
                actor, AdminAction.DELETE_MESSAGE, queueName + " " + messageId, QueuedMessages.describe(deleted));
    }

    /**
     * Batch by batch, each with its audit line (naming every deleted message) in its own transaction: a long purge
     * never outlives one. Only an exception destination: the live queue's messages are still to be processed.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purge(String queueName, String actor) {
        requireManaged(queueName);
        if (ManagedQueue.ofDeadLetterQueue(queueName).isEmpty()) {
            throw new LiveQueuePurgeRefusedException(queueName);
        }
        int purged = 0;
        int batch;
        do {
            batch = purger.discard(queueName, actor);
            purged += batch;
        } while (batch > 0);
        return purged;
    }

    private Message take(String queueName, String messageId) {
        try (JMSConsumer consumer =
                context.createConsumer(ManagedQueueDestinations.of(queueName), selectorFor(messageId))) {
            Message message = consumer.receive(RECEIVE_TIMEOUT_MILLIS);
            if (message == null) {
                throw new QueuedMessageNotFoundException(queueName, messageId);
            }
            return message;
        }
    }

    private static String selectorFor(String messageId) {
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new AdminActionRefusedException("Not a message id: " + messageId);
        }
        return "JMSMessageID = '" + messageId + "'";
    }

    private static void requireManaged(String queueName) {
        if (!ManagedQueue.isManaged(queueName)) {
            throw new AdminActionRefusedException("Not one of Kakehashi's queues: " + queueName);
        }
    }
}
