package jp.kakehashi.admin.messaging;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kakehashi.admin.application.QueueStatistics;
import jp.kakehashi.shared.messaging.MessagingProvider;

/**
 * ActiveMQ Artemis's figures through its management address: a request message naming the queue's resource and an
 * attribute, answered on a temporary queue (Artemis's documented "management via JMS"), with no Artemis class in
 * the application. Sent outside any transaction, or the request would wait for a commit. The connecting user needs
 * Artemis's {@code manage} permission on the management address, and to create temporary queues, which the brokers
 * as shipped do not give it (docs/messaging-providers.md): then there are no figures.
 */
final class ArtemisQueueStatistics implements QueueStatistics {

    static final String MANAGEMENT_ADDRESS = "activemq.management";
    private static final String RESOURCE_NAME = "_AMQ_ResourceName";
    private static final String ATTRIBUTE = "_AMQ_Attribute";
    private static final String SUCCEEDED = "_AMQ_OperationSucceeded";

    private static final Logger LOG = Logger.getLogger(ArtemisQueueStatistics.class.getName());

    private final ConnectionFactory connectionFactory;
    private final Duration timeout;

    ArtemisQueueStatistics(ConnectionFactory connectionFactory, Duration timeout) {
        this.connectionFactory = connectionFactory;
        this.timeout = timeout;
    }

    @Override
    public MessagingProvider provider() {
        return MessagingProvider.ARTEMIS;
    }

    @Override
    public Optional<QueueFigures> read(String queueName) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Optional<JsonValue> count = attribute(context, queueName, "messageCount");
            if (count.isEmpty()) {
                return Optional.empty();
            }
            boolean paused = attribute(context, queueName, "paused")
                    .map(JsonValue.TRUE::equals)
                    .orElse(false);
            return Optional.of(
                    new QueueFigures(Long.parseLong(count.get().toString()), null, paused ? "PAUSED" : "ACTIVE", null));
        } catch (JMSSecurityRuntimeException | JMSSecurityException e) {
            // The brokers as shipped give the application no manage permission: no figures, by design, on every read
            LOG.fine(() -> "No figures from Artemis for " + queueName + " (the user may not manage): " + e);
            return Optional.empty();
        } catch (JMSRuntimeException | JMSException | NumberFormatException | ArtemisDidNotAnswer e) {
            // The console and /metrics show the figures as unavailable; the broker's own health says why
            LOG.warning(() -> "No figures from Artemis for " + queueName + ": " + e);
            return Optional.empty();
        }
    }

    private static final class ArtemisDidNotAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ArtemisDidNotAnswer(String message) {
            super(message);
        }
    }

    /** Empty when Artemis refuses: no such queue, or no permission. */
    private Optional<JsonValue> attribute(JMSContext context, String queueName, String attribute) throws JMSException {
        TemporaryQueue replies = context.createTemporaryQueue();
        Message request = context.createMessage();
        request.setStringProperty(RESOURCE_NAME, "queue." + queueName);
        request.setStringProperty(ATTRIBUTE, attribute);
        request.setJMSReplyTo(replies);
        context.createProducer().send(context.createQueue(MANAGEMENT_ADDRESS), request);
        try (JMSConsumer consumer = context.createConsumer(replies)) {
            Message reply = consumer.receive(timeout.toMillis());
            if (reply == null) {
                throw new ArtemisDidNotAnswer("no answer within " + timeout);
            }
            if (!reply.getBooleanProperty(SUCCEEDED)) {
                return Optional.empty();
            }
            // The answer is a JSON array of one value, as Artemis's own JMSManagementHelper reads it
            JsonArray result = Json.createReader(new StringReader(reply.getBody(String.class)))
                    .readArray();
            return result.isEmpty() ? Optional.empty() : Optional.of(result.get(0));
        }
    }
}
