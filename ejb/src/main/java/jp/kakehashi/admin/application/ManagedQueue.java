package jp.kakehashi.admin.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The application's queues as the console names them (Liberty's engine's names), each with its exception destination,
 * and the JNDI names of the server's jmsQueue elements for them: the provider's own names (IBM MQ's queues, say) are
 * the server configuration's, so the console reaches every queue through JNDI.
 */
public enum ManagedQueue {
    SNS_INBOUND(
            "SnsInboundQueue",
            "SnsInboundQueue.DLQ",
            "jms/kakehashi/SnsInboundQueue",
            "jms/kakehashi/SnsInboundDeadLetterQueue");

    private final String queueName;
    private final String deadLetterQueueName;
    private final String queueJndiName;
    private final String deadLetterQueueJndiName;

    ManagedQueue(String queueName, String deadLetterQueueName, String queueJndiName, String deadLetterQueueJndiName) {
        this.queueName = queueName;
        this.deadLetterQueueName = deadLetterQueueName;
        this.queueJndiName = queueJndiName;
        this.deadLetterQueueJndiName = deadLetterQueueJndiName;
    }

    /** The JNDI name of the server's jmsQueue for one of our queue names; empty for any other name. */
    public static Optional<String> jndiNameOf(String name) {
        for (ManagedQueue queue : values()) {
            if (queue.queueName.equals(name)) {
                return Optional.of(queue.queueJndiName);
            }
            if (queue.deadLetterQueueName.equals(name)) {
                return Optional.of(queue.deadLetterQueueJndiName);
            }
        }
        return Optional.empty();
    }

    public String queueName() {
        return queueName;
    }

    public String deadLetterQueueName() {
        return deadLetterQueueName;
    }

    /** The queue whose exception destination this is, for a replay; empty for an application queue. */
    public static Optional<ManagedQueue> ofDeadLetterQueue(String name) {
        return Arrays.stream(values())
                .filter(queue -> queue.deadLetterQueueName.equals(name))
                .findFirst();
    }

    /** Whether the name is one of ours, so that admins can never reach the engine's other destinations. */
    public static boolean isManaged(String name) {
        return Arrays.stream(values())
                .anyMatch(queue -> queue.queueName.equals(name) || queue.deadLetterQueueName.equals(name));
    }
}
