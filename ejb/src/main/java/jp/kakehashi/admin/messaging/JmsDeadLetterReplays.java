package jp.kakehashi.admin.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.DeadLetterReplayProgress;
import jp.kakehashi.admin.application.DeadLetterReplays;
import jp.kakehashi.admin.application.DeadLetterSelection;
import jp.kakehashi.admin.application.ManagedQueue;

/**
 * Bulk replays on any JMS provider: the messages are chosen by browsing the exception destination when the replay is
 * asked for (so the admin's confirmation and the job name the same set), then moved in the background by
 * {@link DeadLetterReplayRunner}. Outside a transaction: the job must be committed before the runner looks for it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JmsDeadLetterReplays implements DeadLetterReplays {

    @Inject
    @JMSConnectionFactory("jms/kakehashi/ConnectionFactory")
    private JMSContext context;

    @Inject
    private DeadLetterReplayBatches batches;

    @Inject
    private DeadLetterReplayRunner runner;

    @Override
    public int count(String deadLetterQueueName, DeadLetterSelection selection) {
        targetOf(deadLetterQueueName);
        return chosen(deadLetterQueueName, selection).size();
    }

    @Override
    public DeadLetterReplayProgress start(String deadLetterQueueName, DeadLetterSelection selection, String actor) {
        ManagedQueue queue = targetOf(deadLetterQueueName);
        List<String> ids = chosen(deadLetterQueueName, selection);
        DeadLetterReplayProgress started =
                batches.create(deadLetterQueueName, queue.queueName(), selection.describe(), actor, ids.size());
        if (!ids.isEmpty()) {
            runner.run(started.id(), deadLetterQueueName, queue.queueName(), ids, actor);
        }
        return started;
    }

    @Override
    public Optional<DeadLetterReplayProgress> progress(long replayId) {
        return batches.progress(replayId);
    }

    private List<String> chosen(String deadLetterQueueName, DeadLetterSelection selection) {
        List<String> ids = new ArrayList<>();
        try (QueueBrowser browser = context.createBrowser(ManagedQueueDestinations.of(deadLetterQueueName))) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && ids.size() < MAX_MESSAGES) {
                Message message = (Message) messages.nextElement();
                if (selection.matches(QueuedMessages.summarize(message))) {
                    ids.add(message.getJMSMessageID());
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Could not browse " + deadLetterQueueName, e);
        }
        return ids;
    }

    private static ManagedQueue targetOf(String deadLetterQueueName) {
        return ManagedQueue.ofDeadLetterQueue(deadLetterQueueName)
                .orElseThrow(() ->
                        new AdminActionRefusedException("Only messages on an exception destination can be replayed"));
    }
}
