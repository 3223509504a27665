package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.management.JMException;
import javax.management.ObjectName;
import jp.kakehashi.sns.application.DefaultSnsNotificationService;
import jp.kakehashi.sns.application.QueueUnavailableException;
import jp.kakehashi.sns.application.SnsNotificationBacklog;
import jp.kakehashi.sns.application.SnsNotificationQueue;
import jp.kakehashi.sns.application.SnsNotificationService;
import jp.kakehashi.sns.domain.SnsNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;
import jp.kakehashi.sns.messaging.JmsSnsNotificationQueue;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
                .addClasses(
                        jp.kakehashi.drs.application.DrsNotificationService.class,
                        jp.kakehashi.drs.application.DefaultDrsNotificationService.class,
                        jp.kakehashi.drs.application.ReplenishmentOrders.class,
                        jp.kakehashi.drs.application.DeviceSubscriptions.class,
                        jp.kakehashi.drs.application.DeviceRepository.class,
                        jp.kakehashi.drs.application.DashReplenishmentService.class)
                .addClasses(
                        SnsNotificationQueue.class,
                        SnsNotificationBacklog.class,
                        QueueUnavailableException.class,
                        SnsNotificationService.class,
                        DefaultSnsNotificationService.class,
                        JmsSnsNotificationQueue.class)
                .addClasses(jp.kakehashi.sns.application.QueuedNotification.class)
                .addClass("jp.kakehashi.sns.messaging.SnsNotificationMessages")
                .addClass("jp.kakehashi.sns.messaging.SnsTracing")
                .addClass(Await.class)
                .addClass(jp.kakehashi.shared.tracing.Tracing.class)
                .addClasses(
                        jp.kakehashi.shared.messaging.MessagingConfiguration.class,
                        jp.kakehashi.shared.messaging.MessagingProvider.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties");
    }

    @Inject
    private SnsNotificationQueue queue;

    @Inject
    private SnsNotificationService notifications;

    @Test
    void aQueuedNotificationIsStoredByTheApplicationsConsumer() {
        SnsNotificationMessage sent =
                notification("{\"notificationInfo\":{\"notificationType\":\"DeviceRegisteredNotification\"}}");

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
        // Once the queue is empty the second copy is processed too: its removal from the queue commits with whatever
        // it stored (the engine counts a message taken in an open transaction until that commits). The row must still
        // be the first one's.
        awaitInboundQueueEmpty();
        assertEquals(
                stored.getReceivedAt(),
                notifications.findNotification(sent.messageId()).orElseThrow().getReceivedAt(),
                "the first copy's row");
    }

    /** The messaging engine's own depth of the inbound queue (its QueueMBean, as the admin console reads it). */
    private static void awaitInboundQueueEmpty() {
        Await.until(
                SnsInboundQueueArquillianIT::inboundQueueDepth,
                depth -> depth == 0,
                PROCESSING_TIMEOUT,
                Duration.ofMillis(100),
                depth -> depth + " message(s) left on SnsInboundQueue");
    }

    private static long inboundQueueDepth() {
        try {
            return ((Number) ManagementFactory.getPlatformMBeanServer()
                            .getAttribute(
                                    new ObjectName("WebSphere:feature=wasJmsServer,type=Queue,name=SnsInboundQueue"),
                                    "Depth"))
                    .longValue();
        } catch (JMException e) {
            throw new IllegalStateException("the inbound queue's QueueMBean", e);
        }
    }

    private static SnsNotificationMessage notification(String body) {
        return new SnsNotificationMessage(
                UUID.randomUUID().toString(),
                "arn:aws:sns:us-east-1:123456789012:kakehashi-it",
                "IT",
                body,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private SnsNotification awaitStored(String messageId) {
        return Await.present(() -> notifications.findNotification(messageId), PROCESSING_TIMEOUT);
    }
}
