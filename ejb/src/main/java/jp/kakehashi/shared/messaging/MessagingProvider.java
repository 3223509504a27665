package jp.kakehashi.shared.messaging;

import java.util.Locale;

/**
 * The JMS providers Kakehashi runs on ({@code kakehashi.messaging.provider}). The application speaks plain Jakarta
 * Messaging to all of them; what differs is written here, once.
 */
public enum MessagingProvider {

    /** Liberty's messaging engine (wasJmsServer), embedded or in a messaging server: tested here. */
    LIBERTY(true),
    /**
     * Apache ActiveMQ Artemis through its Jakarta resource adapter. Its filters cannot see a message's delivery count,
     * so the consumers cannot tell first deliveries from redeliveries when they take more: each notification is then
     * stored in a transaction of its own (ArtemisQueueStatisticsTest shows the selector taking nothing).
     */
    ARTEMIS(false),
    /** IBM MQ through wmq.jakarta.jmsra: not tested here, so nothing is assumed of its selectors either. */
    IBM_MQ(false);

    private final boolean selectsFirstDeliveries;

    MessagingProvider(boolean selectsFirstDeliveries) {
        this.selectsFirstDeliveries = selectsFirstDeliveries;
    }

    /** Whether a selector {@code JMSXDeliveryCount = 1} picks exactly the messages not delivered before. */
    public boolean selectsFirstDeliveries() {
        return selectsFirstDeliveries;
    }

    /** {@code liberty}, {@code artemis}, {@code ibm-mq} (any case). */
    public static MessagingProvider of(String setting) {
        try {
            return valueOf(setting.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "kakehashi.messaging.provider must be liberty, artemis or ibm-mq, not " + setting, e);
        }
    }
}
