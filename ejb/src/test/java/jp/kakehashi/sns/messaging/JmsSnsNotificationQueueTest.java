package jp.kakehashi.sns.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.jms.JMSContext;
import jp.kakehashi.shared.messaging.MessagingConfiguration;
import jp.kakehashi.shared.messaging.MessagingProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class JmsSnsNotificationQueueTest {

    @Mock
    private JMSContext context;

    @Mock
    private MessagingConfiguration messaging;

    @InjectMocks
    private JmsSnsNotificationQueue queue;

    @Test
    void onAProviderThatCannotSelectFirstDeliveriesNothingMoreIsTaken() {
        when(messaging.provider()).thenReturn(MessagingProvider.ARTEMIS);

        assertTrue(queue.takeWaiting(99).isEmpty());
        verifyNoInteractions(context);
    }
}
