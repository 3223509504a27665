package jp.kakehashi.sns.messaging;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.shared.activity.ActivityLog;
import jp.kakehashi.shared.persistence.DatabaseAvailability;
import jp.kakehashi.shared.tracing.Tracing;
import jp.kakehashi.sns.application.QueuedNotification;
import jp.kakehashi.sns.application.SnsConfiguration;
import jp.kakehashi.sns.application.SnsNotificationBacklog;
import jp.kakehashi.sns.application.SnsNotificationService;
import jp.kakehashi.sns.domain.SnsNotificationMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.Spy;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class SnsNotificationConsumerTest {

    private static final Instant SENT = Instant.parse("2026-11-30T10:00:00Z");

    @Mock
    private SnsNotificationService notifications;

    @Mock
    private SnsNotificationBacklog backlog;

    @Mock
    private SnsConfiguration configuration;

    @Mock
    private ActivityLog activityLog;

    @Mock
    private DatabaseAvailability database;

    @Mock
    private TextMessage message;

    @Spy
    private Tracing tracing = Tracing.using(OpenTelemetry.noop());

    @InjectMocks
    private SnsNotificationConsumer consumer;

    @BeforeEach
    void aReadableMessage() throws JMSException {
        when(configuration.consumerBatchSize()).thenReturn(100);
        when(configuration.databaseOutageWait()).thenReturn(Duration.ofSeconds(30));
        when(database.answers()).thenReturn(true);
        when(message.getStringProperty(SnsNotificationMessages.MESSAGE_ID)).thenReturn("m-1");
        when(message.getStringProperty(SnsNotificationMessages.TOPIC_ARN))
                .thenReturn("arn:aws:sns:us-east-1:123456789012:t");
        when(message.getStringProperty(SnsNotificationMessages.TIMESTAMP)).thenReturn(SENT.toString());
        when(message.getText()).thenReturn("{}");
    }

    @Test
    void aFirstDeliveryTakesTheWaitingNotificationsIntoItsTransaction() {
        when(backlog.takeWaiting(99)).thenReturn(List.of(queued("m-2"), queued("m-3")));

        consumer.onMessage(message);

        InOrder inOrder = inOrder(notifications);
        inOrder.verify(notifications).receive(notification("m-1"));
        inOrder.verify(notifications).receive(notification("m-2"));
        inOrder.verify(notifications).receive(notification("m-3"));
        verify(activityLog, times(3)).record(Activity.NOTIFICATION_PROCESSED);
    }

    @Test
    void aRedeliveredMessageIsStoredOnItsOwn() throws JMSException {
        when(message.getJMSRedelivered()).thenReturn(true);

        consumer.onMessage(message);

        verify(backlog, never()).takeWaiting(anyInt());
        verify(notifications).receive(notification("m-1"));
    }

    @Test
    void withBatchesOfOneNothingElseIsTaken() {
        when(configuration.consumerBatchSize()).thenReturn(1);

        consumer.onMessage(message);

        verify(notifications).receive(notification("m-1"));
        verify(notifications, times(1)).receive(any());
    }

    @Test
    void aFailureReachesTheContainerSoThatTheWholeBatchRollsBack() {
        when(backlog.takeWaiting(anyInt())).thenReturn(List.of(queued("m-2")));
        IllegalStateException failure = new IllegalStateException("database down");
        doThrow(failure).when(notifications).receive(notification("m-2"));

        assertSame(failure, assertThrows(IllegalStateException.class, () -> consumer.onMessage(message)));
        verify(activityLog).record(Activity.NOTIFICATION_FAILED);
        verify(activityLog, never()).record(Activity.NOTIFICATION_PROCESSED);
        verify(database, never()).awaitAnswer(any());
    }

    @Test
    void aFailureWhileTheDatabaseDoesNotAnswerWaitsForItBeforeRollingBack() {
        IllegalStateException failure = new IllegalStateException("connection refused");
        doThrow(failure).when(notifications).receive(notification("m-1"));
        when(database.answers()).thenReturn(false);

        assertSame(failure, assertThrows(IllegalStateException.class, () -> consumer.onMessage(message)));
        verify(database).awaitAnswer(Duration.ofSeconds(30));
    }

    @Test
    void aMessageWithoutItsSnsPropertiesFailsBeforeAnythingIsTaken() throws JMSException {
        when(message.getStringProperty(SnsNotificationMessages.MESSAGE_ID)).thenReturn(null);
        when(message.getStringProperty(SnsNotificationMessages.TIMESTAMP)).thenReturn(null);

        assertThrows(IllegalArgumentException.class, () -> consumer.onMessage(message));
        verify(backlog, never()).takeWaiting(anyInt());
        verify(notifications, never()).receive(any());
    }

    private static QueuedNotification queued(String messageId) {
        return new QueuedNotification(
                notification(messageId),
                Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
    }

    private static SnsNotificationMessage notification(String messageId) {
        return new SnsNotificationMessage(messageId, "arn:aws:sns:us-east-1:123456789012:t", null, "{}", SENT);
    }
}
