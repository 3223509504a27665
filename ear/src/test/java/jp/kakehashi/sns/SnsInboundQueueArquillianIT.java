package jp.kakehashi.sns;

import jakarta.inject.Inject;
import jp.kakehashi.sns.application.DefaultSnsNotificationService;
import jp.kakehashi.sns.application.QueueUnavailableException;
import jp.kakehashi.sns.application.SnsNotificationBacklog;
import jp.kakehashi.sns.application.SnsNotificationQueue;
import jp.kakehashi.sns.application.SnsNotificationService;
import jp.kakehashi.sns.domain.SnsNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;
import jp.kakehashi.sns.messaging.JmsSnsNotificationQueue;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.kakehashi.testsupport.Await;

/**
 * The inbound queue end to end in the container: a persistent send through the JMSContext port, the application's
 * SnsNotificationConsumer (bound by its EAR-form activation spec) and the XA data source, committing together.
 */
@ExtendWith(ArquillianExtension.class)
class SnsInboundQueueArquillianIT {

    private static final Duration PROCESSING_TIMEOUT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        // The port and the service's store, but not the consumer: the application's own consumer must do the work.
        return TestArchives.war("sns-inbound-queue-it.war")
                .addPackages(false, "jp.kakehashi.sns.domain", "jp.kakehashi.drs.domain")
                .addClasses(jp.kakehashi.drs.application.DrsNotificationService.class,
                        jp.kakehashi.drs.application.DefaultDrsNotificationService.class,
                        jp.kakehashi.drs.application.ReplenishmentOrders.class,
                        jp.kakehashi.drs.application.DeviceSubscriptions.class, jp.kakehashi.drs.application.DeviceRepository.class, jp.kakehashi.drs.application.DashReplenishmentService.class)
                .addClasses(SnsNotificationQueue.class, SnsNotificationBacklog.class, QueueUnavailableException.class, SnsNotificationService.class,
                        DefaultSnsNotificationService.class, JmsSnsNotificationQueue.class)
                .addClasses(jp.kakehashi.sns.application.QueuedNotification.class)
                .addClass("jp.kakehashi.sns.messaging.SnsNotificationMessages")
                .addClass("jp.kakehashi.sns.messaging.SnsTracing")
                .addClass(Await.class)
                .addClass(jp.kakehashi.shared.tracing.Tracing.class)
                .addClasses(jp.kakehashi.shared.messaging.MessagingConfiguration.class, jp.kakehashi.shared.messaging.MessagingProvider.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties");
    }

    @Inject
    private SnsNotificationQueue queue;

    @Inject
    private SnsNotificationService notifications;

    @Test
    void aQueuedNotificationIsStoredByTheApplicationsConsumer() {
        SnsNotificationMessage sent = notification("{\"notificationInfo\":{\"notificationType\":\"DeviceRegisteredNotification\"}}");

        queue.enqueue(sent);

        SnsNotification stored = awaitStored(sent.messageId());
        assertEquals(sent.topicArn(), stored.getTopicArn());
        assertEquals(sent.message(), stored.getBody());
        assertEquals(sent.timestamp(), stored.getSentAt());
    }

    @Test
    void theSameSnsMessageDeliveredTwiceIsStoredOnce() {
        SnsNotificationMessage sent = notification("{\"retry\":true}");

        queue.enqueue(sent);
        queue.enqueue(sent);

        SnsNotification stored = awaitStored(sent.messageId());
        // The second copy is processed too (FIFO on one queue); the row must still be the first one's.
        Instant firstReceipt = stored.getReceivedAt();
        Await.holdsFor(Duration.ofSeconds(1), "the first copy's row",
                () -> firstReceipt.equals(notifications.findNotification(sent.messageId()).orElseThrow().getReceivedAt()));
    }

    private static SnsNotificationMessage notification(String body) {
        return new SnsNotificationMessage(UUID.randomUUID().toString(),
                "arn:aws:sns:us-east-1:123456789012:kakehashi-it", "IT", body,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private SnsNotification awaitStored(String messageId) {
        return Await.present(() -> notifications.findNotification(messageId), PROCESSING_TIMEOUT);
    }
}
