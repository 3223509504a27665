package jp.kakehashi.admin.messaging;

import java.util.Optional;
import jp.kakehashi.admin.application.QueueStatistics;
import jp.kakehashi.shared.messaging.MessagingProvider;

/** For a provider whose figures Kakehashi cannot read (IBM MQ wants its PCF commands): the console says so. */
record NoQueueStatistics(MessagingProvider provider) implements QueueStatistics {

    @Override
    public Optional<QueueFigures> read(String queueName) {
        return Optional.empty();
    }
}
