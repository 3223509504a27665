package jp.kakehashi.shared.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessagingProviderTest {

    @Test
    void theSettingNamesAProviderInAnyCase() {
        assertEquals(MessagingProvider.LIBERTY, MessagingProvider.of("liberty"));
        assertEquals(MessagingProvider.ARTEMIS, MessagingProvider.of(" Artemis "));
        assertEquals(MessagingProvider.IBM_MQ, MessagingProvider.of("ibm-mq"));
    }

    @Test
    void anUnknownProviderIsRefusedWithTheChoices() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> MessagingProvider.of("rabbitmq"));
        assertTrue(refused.getMessage().contains("liberty, artemis or ibm-mq"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MessagingProvider.of(null));
    }

    @Test
    void onlyLibertysEngineIsKnownToSelectFirstDeliveries() {
        assertTrue(MessagingProvider.LIBERTY.selectsFirstDeliveries());
        assertTrue(!MessagingProvider.ARTEMIS.selectsFirstDeliveries()
                && !MessagingProvider.IBM_MQ.selectsFirstDeliveries());
    }
}
