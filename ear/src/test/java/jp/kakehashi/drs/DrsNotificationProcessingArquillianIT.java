package jp.kakehashi.drs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import jp.kakehashi.drs.application.DefaultDeviceModelService;
import jp.kakehashi.drs.application.DeviceModelService;
import jp.kakehashi.drs.application.DrsNotificationService;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceStatus;
import jp.kakehashi.sns.application.DefaultSnsNotificationService;
import jp.kakehashi.sns.application.QueueUnavailableException;
import jp.kakehashi.sns.application.SnsNotificationBacklog;
import jp.kakehashi.sns.application.SnsNotificationQueue;
import jp.kakehashi.sns.application.SnsNotificationService;
import jp.kakehashi.sns.domain.ParkedNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;
import jp.kakehashi.sns.messaging.JmsSnsNotificationQueue;
import jp.kakehashi.sns.messaging.SnsNotificationMessages;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DRS notifications through the inbound queue and the application's SnsNotificationConsumer: stored devices,
 * idempotency on notificationId, parking of what can never be processed, and the dead-letter path.
 */
@ExtendWith(ArquillianExtension.class)
class DrsNotificationProcessingArquillianIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return TestArchives.war("drs-notification-processing-it.war")
                .addPackages(false, "jp.kakehashi.drs.domain", "jp.kakehashi.sns.domain")
                .addClasses(
                        DrsNotificationService.class,
                        jp.kakehashi.drs.application.DefaultDrsNotificationService.class,
                        jp.kakehashi.drs.application.ReplenishmentOrders.class,
                        jp.kakehashi.drs.application.DeviceSubscriptions.class,
                        jp.kakehashi.drs.application.DeviceRepository.class,
                        jp.kakehashi.drs.application.DashReplenishmentService.class,
                        SnsNotificationQueue.class,
                        SnsNotificationBacklog.class,
                        QueueUnavailableException.class,
                        SnsNotificationService.class,
                        DefaultSnsNotificationService.class,
                        JmsSnsNotificationQueue.class)
                .addClasses(jp.kakehashi.sns.application.QueuedNotification.class)
                .addClasses(
                        DeviceModelService.class,
                        DefaultDeviceModelService.class,
                        jp.kakehashi.drs.application.DuplicateDeviceModelException.class)
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

    @Inject
    private DrsNotificationService devices;

    @Inject
    private jp.kakehashi.drs.application.DeviceRepository deviceRepository;

    @Resource(lookup = "jms/kakehashi/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/kakehashi/SnsInboundQueue")
    private Queue inboundQueue;

    @Resource(lookup = "jms/kakehashi/SnsInboundDeadLetterQueue")
    private Queue deadLetterQueue;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction transaction;

    @Inject
    private DeviceModelService models;

    /*
     * A model of each test's own: with the shared test model's hundred serials, another test's newer registration
     * of the same serial made this test's notifications the older ones, which rightly change nothing.
     */
    private final String model = "IT_MODEL_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    private final String serial = "IT-1";
    private final String customer = "amzn1.account.IT"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();

    @BeforeEach
    void createTheModel() {
        models.addModel(new DeviceModel(model, "Notification processing test device", "IT-[0-9]{1,3}", Set.of()));
    }

    @Test
    void aDeviceRegisteredNotificationStoresTheDevice() {
        String notificationId = notificationId();

        queue.enqueue(sns(drs("DeviceRegisteredNotification", notificationId, model, serial, Instant.now())));

        Device device = Await.present(
                () -> deviceRepository.find(model, serial).filter(d -> customer.equals(d.getDirectedCustomerId())));
        assertEquals(DeviceStatus.PRE_REGISTERED, device.getStatus());
        assertEquals("amzn1.application-oa2-client.it", device.getLwaClientId());
        assertTrue(devices.eventsOf(device).stream()
                .anyMatch(event -> event.getNotificationId().equals(notificationId)));
    }

    @Test
    void theSameDrsNotificationInTwoSnsMessagesIsAppliedOnce() {
        String notificationId = notificationId();
        String payload = drs("DeviceRegisteredNotification", notificationId, model, serial, Instant.now());
        SnsNotificationMessage first = sns(payload);
        SnsNotificationMessage second = sns(payload);

        queue.enqueue(first);
        queue.enqueue(second);

        Await.present(() -> notifications.findNotification(first.messageId()));
        Await.present(() -> notifications.findNotification(second.messageId()));
        Device device = deviceRepository.find(model, serial).orElseThrow();
        assertEquals(
                1,
                devices.eventsOf(device).stream()
                        .filter(event -> event.getNotificationId().equals(notificationId))
                        .count());
    }

    @Test
    void aDeregistrationMarksTheDevice() {
        Instant registered = Instant.now().minusSeconds(60);
        queue.enqueue(sns(drs("DeviceRegisteredNotification", notificationId(), model, serial, registered)));
        String deregistration = notificationId();

        queue.enqueue(
                sns(drs("DeviceDeregisteredNotification", deregistration, model, serial, registered.plusSeconds(30))));

        assertEquals(
                DeviceStatus.DEREGISTERED, deviceOnceApplied(deregistration).getStatus());
    }

    /** SNS does not keep order, and two consumers may take them together: the deregistration waits for its device. */
    @Test
    void aDeregistrationThatOvertakesItsRegistrationStillMarksTheDevice() {
        Instant registered = Instant.now().minusSeconds(60);
        String deregistration = notificationId();
        SnsNotificationMessage overtaking =
                sns(drs("DeviceDeregisteredNotification", deregistration, model, serial, registered.plusSeconds(30)));
        queue.enqueue(overtaking);

        queue.enqueue(sns(drs("DeviceRegisteredNotification", notificationId(), model, serial, registered)));

        assertEquals(
                DeviceStatus.DEREGISTERED, deviceOnceApplied(deregistration).getStatus());
        assertTrue(notifications.findParked(overtaking.messageId()).isEmpty(), "still parked");
    }

    /** The device read after its notification's event: the event and the device's change commit together. */
    private Device deviceOnceApplied(String notificationId) {
        Await.present(() -> deviceRepository
                .find(model, serial)
                .filter(d -> devices.eventsOf(d).stream()
                        .anyMatch(e -> e.getNotificationId().equals(notificationId))));
        return deviceRepository.find(model, serial).orElseThrow();
    }

    @Test
    void anUnknownModelIsParkedWithTheReason() {
        SnsNotificationMessage message =
                sns(drs("DeviceRegisteredNotification", notificationId(), "NO_SUCH_MODEL", "X1", Instant.now()));

        queue.enqueue(message);

        ParkedNotification parked = Await.present(() -> notifications.findParked(message.messageId()));
        assertEquals("unknown device model NO_SUCH_MODEL", parked.getReason());
    }

    @Test
    void aSerialThatBreaksItsModelsExpressionIsParked() {
        SnsNotificationMessage message =
                sns(drs("DeviceRegisteredNotification", notificationId(), model, "ABC", Instant.now()));

        queue.enqueue(message);

        assertTrue(Await.present(() -> notifications.findParked(message.messageId()))
                .getReason()
                .contains("does not match"));
        assertTrue(deviceRepository.find(model, "ABC").isEmpty());
    }

    @Test
    void aMessageThatFailsEveryDeliveryEndsOnTheDeadLetterQueue() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (JMSContext context = connectionFactory.createContext()) {
            // Without the SNS properties the consumer cannot read it: every delivery fails and rolls back.
            Message poison = context.createTextMessage("{}");
            poison.setStringProperty("TestMarker", marker);
            context.createProducer().send(inboundQueue, poison);

            try (JMSConsumer deadLetters = context.createConsumer(deadLetterQueue, "TestMarker = '" + marker + "'")) {
                Message dead = deadLetters.receive(TIMEOUT.toMillis());
                assertTrue(dead != null, "the message did not reach the dead-letter queue");
                // Redelivered before the engine gave up (the limit, maxRedeliveryCount, is the engine's to count: its
                // JMSXDeliveryCount on the exception destination was seen as 2 or 3, depending on how the attempts
                // fell).
                assertTrue(
                        dead.getJMSRedelivered() || dead.getIntProperty("JMSXDeliveryCount") >= 2,
                        "delivered " + dead.getIntProperty("JMSXDeliveryCount") + " times");
            }
        }
    }

    /**
     * A consumer takes the notifications waiting beside its own into one transaction. One that cannot be read among
     * them fails that batch; then each is redelivered and taken on its own, so only that one reaches the dead-letter
     * queue and every other is stored.
     */
    @Test
    void aPoisonMessageAmongManyWaitingTakesNoneOfThemToTheDeadLetterQueue() throws Exception {
        String marker = UUID.randomUUID().toString();
        List<SnsNotificationMessage> good = IntStream.range(0, 40)
                .mapToObj(i ->
                        sns(drs("DeviceRegisteredNotification", notificationId(), model, "IT-" + i, Instant.now())))
                .toList();
        try (JMSContext context = connectionFactory.createContext()) {
            // One transaction: they all become waiting at once, the poison among them
            transaction.begin();
            for (int i = 0; i < good.size(); i++) {
                if (i == good.size() / 2) {
                    TextMessage poison = context.createTextMessage("{}");
                    poison.setStringProperty("TestMarker", marker);
                    context.createProducer()
                            .setDeliveryMode(DeliveryMode.PERSISTENT)
                            .send(inboundQueue, poison);
                }
                context.createProducer()
                        .setDeliveryMode(DeliveryMode.PERSISTENT)
                        .send(inboundQueue, jms(context, good.get(i), marker));
            }
            transaction.commit();

            for (SnsNotificationMessage notification : good) {
                Await.present(() -> notifications.findNotification(notification.messageId()), TIMEOUT);
            }
            try (JMSConsumer deadLetters = context.createConsumer(deadLetterQueue, "TestMarker = '" + marker + "'")) {
                TextMessage dead = (TextMessage) deadLetters.receive(TIMEOUT.toMillis());
                assertTrue(dead != null, "the poison did not reach the dead-letter queue");
                assertEquals("{}", dead.getText());
                assertTrue(deadLetters.receiveNoWait() == null, "only the poison is on the dead-letter queue");
            }
        }
    }

    private static Message jms(JMSContext context, SnsNotificationMessage notification, String marker)
            throws Exception {
        TextMessage message = context.createTextMessage(notification.message());
        message.setStringProperty(SnsNotificationMessages.MESSAGE_ID, notification.messageId());
        message.setStringProperty(SnsNotificationMessages.TOPIC_ARN, notification.topicArn());
        message.setStringProperty(
                SnsNotificationMessages.TIMESTAMP, notification.timestamp().toString());
        message.setStringProperty("TestMarker", marker);
        return message;
    }

    private String notificationId() {
        return "amzn1.dash.notification.v1.it-" + UUID.randomUUID();
    }

    private String drs(String type, String notificationId, String model, String serialNumber, Instant time) {
        return """
                {"notificationInfo":{"notificationType":"%s","lwaClientId":"amzn1.application-oa2-client.it",
                "notificationTime":"%s","notificationId":"%s","version":"2015-06-05"},
                "deviceInfo":{"deviceIdentifier":{"serialNumber":"%s"},"productIdentifier":{"modelId":"%s"}},
                "customerInfo":{"directedCustomerId":"%s"},"somethingNew":{"ignored":true}}""".formatted(type, time.truncatedTo(ChronoUnit.MILLIS), notificationId, serialNumber, model, customer);
    }

    private static SnsNotificationMessage sns(String payload) {
        return new SnsNotificationMessage(
                UUID.randomUUID().toString(),
                "arn:aws:sns:us-east-1:123456789012:kakehashi-drs",
                null,
                payload,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
