package jp.kakehashi.admin.application;

import java.util.Arrays;
import java.util.Optional;

/** The application's queues as the messaging engine names them, each with its exception destination. */
public enum ManagedQueue {
    SNS_INBOUND("SnsInboundQueue", "SnsInboundQueue.DLQ");

    private final String queueName;
    private final String deadLetterQueueName;

    ManagedQueue(String queueName, String deadLetterQueueName) {
        this.queueName = queueName;
        this.deadLetterQueueName = deadLetterQueueName;
    }

    public String queueName() {
        return queueName;
    }

    public String deadLetterQueueName() {
        return deadLetterQueueName;
    }

    /** The queue whose exception destination this is, for a replay; empty for an application queue. */
    public static Optional<ManagedQueue> ofDeadLetterQueue(String name) {
        return Arrays.stream(values()).filter(queue -> queue.deadLetterQueueName.equals(name)).findFirst();
    }

    /** Whether the name is one of ours, so that admins can never reach the engine's other destinations. */
    public static boolean isManaged(String name) {
        return Arrays.stream(values()).anyMatch(queue -> queue.queueName.equals(name) || queue.deadLetterQueueName.equals(name));
    }
}
