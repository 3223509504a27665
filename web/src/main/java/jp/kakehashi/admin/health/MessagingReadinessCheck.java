package jp.kakehashi.admin.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the messaging engine takes connections and the inbound queue exists: SNS deliveries are refused
 * without it, so a load balancer should send them elsewhere. The answer's reason is generic; the detail goes to
 * the server log.
 */
@Readiness
@ApplicationScoped
public class MessagingReadinessCheck implements HealthCheck {

    static final String NAME = "messaging";
    static final String UNAVAILABLE = "messaging unavailable: see the server log";
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(MessagingReadinessCheck.class.getName());
    private final DownLog downLog = new DownLog(LOG);

    @Resource(lookup = "jms/kakehashi/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/kakehashi/SnsInboundQueue")
    private Queue inboundQueue;

    public MessagingReadinessCheck() {}

    MessagingReadinessCheck(ConnectionFactory connectionFactory, Queue inboundQueue) {
        this.connectionFactory = connectionFactory;
        this.inboundQueue = inboundQueue;
    }

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(inboundQueue)) {
            // Opening a browser reaches the engine and resolves the queue without consuming anything.
            browser.getEnumeration();
            downLog.up();
            return DatabaseReadinessCheck.up(NAME, "queue", inboundQueue.getQueueName());
        } catch (Exception e) {
            // The detail (an engine's or a broker's address, a user) to the log only; the answer stays generic
            downLog.down(
                    "Messaging readiness: the inbound queue cannot be browsed: " + DatabaseReadinessCheck.reason(e));
            return DatabaseReadinessCheck.down(NAME, UNAVAILABLE);
        }
    }
}
