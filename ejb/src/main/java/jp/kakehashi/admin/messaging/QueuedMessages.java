package jp.kakehashi.admin.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import jp.kakehashi.admin.application.QueuedMessageDetail;
import jp.kakehashi.admin.application.QueuedMessageSummary;
import jp.kakehashi.drs.domain.DrsNotification;
import jp.kakehashi.drs.domain.DrsNotificationParser;
import jp.kakehashi.sns.messaging.SnsNotificationMessages;

/** Reads queued messages for admins; a body that is not a DRS envelope, or not even JSON, is shown as it is. */
final class QueuedMessages {

    private QueuedMessages() {}

    static QueuedMessageSummary summarize(Message message) throws JMSException {
        Instant putAt = message.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(message.getJMSTimestamp()) : null;
        DrsNotification drs = drsOf(message);
        return new QueuedMessageSummary(
                message.getJMSMessageID(),
                putAt,
                deliveryCount(message),
                message.getStringProperty(SnsNotificationMessages.MESSAGE_ID),
                drs == null ? null : drs.type().wireName(),
                drs == null ? null : drs.serialNumber(),
                putAt == null ? null : Duration.between(putAt, Instant.now()));
    }

    static QueuedMessageDetail detail(Message message) throws JMSException {
        Map<String, String> properties = new TreeMap<>();
        properties.put("JMSMessageID", message.getJMSMessageID());
        properties.put("JMSTimestamp", String.valueOf(message.getJMSTimestamp()));
        properties.put(
                "JMSDeliveryMode",
                message.getJMSDeliveryMode() == jakarta.jms.DeliveryMode.PERSISTENT ? "PERSISTENT" : "NON_PERSISTENT");
        properties.put("JMSPriority", String.valueOf(message.getJMSPriority()));
        properties.put("JMSRedelivered", String.valueOf(message.getJMSRedelivered()));
        properties.put("JMSExpiration", String.valueOf(message.getJMSExpiration()));
        for (Object name : Collections.list(message.getPropertyNames())) {
            properties.put((String) name, String.valueOf(message.getObjectProperty((String) name)));
        }
        return new QueuedMessageDetail(summarize(message), prettyBody(message), properties);
    }

    static String describe(Message message) {
        try {
            QueuedMessageSummary summary = summarize(message);
            return summary.drsType() == null
                    ? "SNS message " + summary.snsMessageId()
                    : summary.drsType() + " " + summary.serialNumber() + " (SNS message " + summary.snsMessageId()
                            + ")";
        } catch (JMSException e) {
            return "(unreadable message)";
        }
    }

    private static int deliveryCount(Message message) throws JMSException {
        return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 0;
    }

    private static DrsNotification drsOf(Message message) throws JMSException {
        if (!(message instanceof TextMessage text) || text.getText() == null) {
            return null;
        }
        try {
            return DrsNotificationParser.parse(text.getText());
        } catch (RuntimeException notDrs) {
            return null;
        }
    }

    private static String prettyBody(Message message) throws JMSException {
        if (!(message instanceof TextMessage text) || text.getText() == null) {
            return "(" + message.getClass().getSimpleName() + ")";
        }
        try (var reader = Json.createReader(new StringReader(text.getText()))) {
            JsonValue json = reader.readValue();
            StringWriter pretty = new StringWriter();
            try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createGenerator(pretty)) {
                generator.write(json);
            }
            return pretty.toString().strip();
        } catch (JsonException | IllegalStateException notJson) {
            return text.getText();
        }
    }
}
