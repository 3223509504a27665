package jp.kakehashi.sns.messaging;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** How an SNS notification is written to and read from a JMS message: the body is SNS's Message, the rest properties. */
public final class SnsNotificationMessages {

    public static final String MESSAGE_ID = "SnsMessageId";
    public static final String TOPIC_ARN = "SnsTopicArn";
    public static final String SUBJECT = "SnsSubject";
    public static final String TIMESTAMP = "SnsTimestamp";

    private SnsNotificationMessages() {
    }

    static TextMessage toJms(JMSContext context, SnsNotificationMessage notification) throws JMSException {
        TextMessage message = context.createTextMessage(notification.message());
        message.setStringProperty(MESSAGE_ID, notification.messageId());
        message.setStringProperty(TOPIC_ARN, notification.topicArn());
        if (notification.subject() != null) {
            message.setStringProperty(SUBJECT, notification.subject());
        }
        message.setStringProperty(TIMESTAMP, notification.timestamp().toString());
        return message;
    }

    static SnsNotificationMessage fromJms(Message message) throws JMSException {
        if (!(message instanceof TextMessage text)) {
            throw new IllegalArgumentException("Not a text message: " + message.getJMSMessageID());
        }
        String timestamp = message.getStringProperty(TIMESTAMP);
        if (timestamp == null) {
            throw new IllegalArgumentException("Incomplete SNS notification message " + message.getJMSMessageID() + ": no timestamp");
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
