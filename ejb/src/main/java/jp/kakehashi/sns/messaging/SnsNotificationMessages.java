package jp.kakehashi.sns.messaging;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kakehashi.sns.application.QueuedNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

/**
 * How an SNS notification is written to and read from a JMS message: the body is SNS's Message, the rest properties,
 * and the sender's trace context as the W3C header names (valid property names, which the propagator's are).
 */
public final class SnsNotificationMessages {

    public static final String MESSAGE_ID = "SnsMessageId";
    public static final String TOPIC_ARN = "SnsTopicArn";
    public static final String SUBJECT = "SnsSubject";
    public static final String TIMESTAMP = "SnsTimestamp";
    static final List<String> TRACE_CONTEXT = List.of("traceparent", "tracestate", "baggage");

    private SnsNotificationMessages() {}

    static TextMessage toJms(JMSContext context, SnsNotificationMessage notification, Map<String, String> traceContext)
            throws JMSException {
        TextMessage message = context.createTextMessage(notification.message());
        message.setStringProperty(MESSAGE_ID, notification.messageId());
        message.setStringProperty(TOPIC_ARN, notification.topicArn());
        if (notification.subject() != null) {
            message.setStringProperty(SUBJECT, notification.subject());
        }
        message.setStringProperty(TIMESTAMP, notification.timestamp().toString());
        for (String name : TRACE_CONTEXT) {
            String value = traceContext.get(name);
            if (value != null) {
                message.setStringProperty(name, value);
            }
        }
        return message;
    }

    static QueuedNotification fromJms(Message message) throws JMSException {
        Map<String, String> traceContext = new HashMap<>(4);
        for (String name : TRACE_CONTEXT) {
            String value = message.getStringProperty(name);
            if (value != null) {
                traceContext.put(name, value);
            }
        }
        return new QueuedNotification(notificationOf(message), traceContext);
    }

    private static SnsNotificationMessage notificationOf(Message message) throws JMSException {
        if (!(message instanceof TextMessage text)) {
            throw new IllegalArgumentException("Not a text message: " + message.getJMSMessageID());
        }
        String timestamp = message.getStringProperty(TIMESTAMP);
        if (timestamp == null) {
            throw new IllegalArgumentException(
                    "Incomplete SNS notification message " + message.getJMSMessageID() + ": no timestamp");
        }
        try {
            return new SnsNotificationMessage(
                    message.getStringProperty(MESSAGE_ID),
                    message.getStringProperty(TOPIC_ARN),
                    message.getStringProperty(SUBJECT),
                    text.getText(),
                    Instant.parse(timestamp));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Incomplete SNS notification message " + message.getJMSMessageID(), e);
        }
    }
}
