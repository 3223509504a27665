package jp.kakehashi.admin.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kakehashi.admin.application.QueueStatistics.QueueFigures;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Artemis adapter against a real Artemis broker (embedded, in memory), and the plain-JMS behaviour the rest of
 * Kakehashi relies on, checked on Artemis: the consumers' first-delivery selector and the console's selection by
 * message id.
 */
class ArtemisQueueStatisticsTest {

    private static final String QUEUE = "SnsInboundQueue";

    private EmbeddedActiveMQ broker;
    private ConnectionFactory connectionFactory;

    @BeforeEach
    void startBroker() throws Exception {
        String vm = "vm://" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        broker = new EmbeddedActiveMQ()
                .setConfiguration(new ConfigurationImpl()
                        .setPersistenceEnabled(false)
                        .setSecurityEnabled(false)
                        .setJMXManagementEnabled(false)
                        .addAcceptorConfiguration("in-vm", vm)
                        .addQueueConfiguration(QueueConfiguration.of(QUEUE).setRoutingType(RoutingType.ANYCAST)));
        broker.start();
        connectionFactory = new ActiveMQConnectionFactory(vm);
    }

    @AfterEach
    void stopBroker() throws Exception {
        ((ActiveMQConnectionFactory) connectionFactory).close();
        broker.stop();
    }

    @Test
    void theDepthIsWhatArtemisCounts() {
        send(3);

        QueueFigures figures = statistics().read(QUEUE).orElseThrow();

        assertEquals(3, figures.depth());
        assertEquals("ACTIVE", figures.state());
        assertNull(figures.maxDepth(), "Artemis limits addresses by size, not by a count");
    }

    @Test
    void aPausedQueueSaysSo() throws Exception {
        broker.getActiveMQServer().locateQueue(QUEUE).pause();

        assertEquals("PAUSED", statistics().read(QUEUE).orElseThrow().state());
    }

    @Test
    void aQueueArtemisDoesNotHaveHasNoFigures() {
        assertEquals(Optional.empty(), statistics().read("NoSuchQueue"));
    }

    /**
     * What makes {@code MessagingProvider.ARTEMIS.selectsFirstDeliveries()} false: Artemis's filters cannot see the
     * delivery count, so the consumers' selector takes nothing, not even a first delivery. Should a later Artemis
     * select them, this test fails, and the consumers can batch on Artemis too.
     */
    @Test
    void theConsumersFirstDeliverySelectorTakesNothingOnArtemis() throws Exception {
        List<String> sent = send(2);
        try (JMSContext transacted = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
                JMSConsumer consumer = transacted.createConsumer(queue(transacted))) {
            assertEquals(sent.get(0), consumer.receive(2_000).getJMSMessageID());
            transacted.rollback();
        }

        List<String> firstDeliveries = new ArrayList<>();
        try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
                JMSConsumer consumer = context.createConsumer(queue(context), "JMSXDeliveryCount = 1")) {
            Message message;
            while ((message = consumer.receive(500)) != null) {
                firstDeliveries.add(message.getJMSMessageID());
            }
            context.rollback();
        }

        assertEquals(List.of(), firstDeliveries, "not even " + sent.get(1) + ", delivered never before");
    }

    @Test
    void theConsoleSelectsAMessageByItsId() throws Exception {
        List<String> sent = send(3);

        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(queue(context), "JMSMessageID = '" + sent.get(1) + "'")) {
            Message taken = consumer.receive(2_000);
            assertNotNull(taken);
            assertEquals(sent.get(1), taken.getJMSMessageID());
            assertTrue(
                    JmsQueueAdministration.MESSAGE_ID
                            .matcher(taken.getJMSMessageID())
                            .matches(),
                    "the console accepts Artemis's id " + taken.getJMSMessageID());
        }
        assertEquals(2, statistics().read(QUEUE).orElseThrow().depth());
    }

    /** The depth where a provider's own figures are not readable: a browse counts, and stops at its limit. */
    @Test
    void aBrowseCountsTheQueueUpToItsLimit() {
        send(5);
        JmsQueueCounter counter = new JmsQueueCounter(connectionFactory, ActiveMQJMSClient::createQueue);

        assertEquals(5, counter.count(QUEUE, 10));
        assertEquals(3, counter.count(QUEUE, 3));
        assertEquals(5, statistics().read(QUEUE).orElseThrow().depth(), "browsing took no message off the queue");
    }

    private ArtemisQueueStatistics statistics() {
        return new ArtemisQueueStatistics(connectionFactory, Duration.ofSeconds(5));
    }

    private List<String> send(int count) {
        List<String> ids = new ArrayList<>();
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            for (int i = 0; i < count; i++) {
                Message message = context.createTextMessage("{\"n\":" + i + "}");
                context.createProducer().send(queue(context), message);
                ids.add(message.getJMSMessageID());
            }
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static Queue queue(JMSContext context) {
        return context.createQueue(QUEUE);
    }
}
