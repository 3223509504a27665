package jp.kakehashi.admin.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.time.Duration;
import jp.kakehashi.admin.application.QueueStatistics;
import jp.kakehashi.shared.messaging.MessagingConfiguration;

/**
 * The {@link QueueStatistics} adapter of the configured provider ({@code kakehashi.messaging.provider}), with the depth
 * counted by browsing wherever the provider's own figures are not readable.
 */
@ApplicationScoped
public class QueueStatisticsAdapters {

    private static final Duration ARTEMIS_ANSWER_TIMEOUT = Duration.ofSeconds(5);

    @Inject
    private MessagingConfiguration messaging;

    @Inject
    private QueueDepthConfiguration depth;

    @Resource(lookup = "jms/kakehashi/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Produces
    @ApplicationScoped
    QueueStatistics forProvider() {
        QueueStatistics own = switch (messaging.provider()) {
            case LIBERTY -> new QueueMBeans();
            case ARTEMIS -> new ArtemisQueueStatistics(connectionFactory, ARTEMIS_ANSWER_TIMEOUT);
            case IBM_MQ -> new NoQueueStatistics(messaging.provider());
        };
        return new BrowsedQueueDepth(
                own, new JmsQueueCounter(connectionFactory), depth.browseLimit(), depth.cacheFor(), System::nanoTime);
    }
}
