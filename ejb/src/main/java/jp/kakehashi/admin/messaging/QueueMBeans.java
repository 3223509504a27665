package jp.kakehashi.admin.messaging;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import jp.kakehashi.admin.application.QueueStatistics;
import jp.kakehashi.shared.messaging.MessagingProvider;

/**
 * The Liberty adapter of {@link QueueStatistics}: the messaging engine's own view of a queue, read from its {@code QueueMBean}
 * ({@code WebSphere:feature=wasJmsServer,type=Queue,name=...}) through plain JMX, exactly as JConsole reads it.
 */
final class QueueMBeans implements QueueStatistics {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    /** Our queue names ({@code ManagedQueue}) are plain words: they need no quoting in an ObjectName. */
    static ObjectName nameOf(String queueName) {
        try {
            return new ObjectName("WebSphere:feature=wasJmsServer,type=Queue,name=" + queueName);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("Not a queue name: " + queueName, e);
        }
    }

    @Override
    public MessagingProvider provider() {
        return MessagingProvider.LIBERTY;
    }

    /** Empty when the engine is not in this server. */
    @Override
    public Optional<QueueFigures> read(String queueName) {
        ObjectName name = nameOf(queueName);
        if (!server.isRegistered(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QueueFigures(
                    ((Number) server.getAttribute(name, "Depth")).longValue(),
                    ((Number) server.getAttribute(name, "MaxQueueDepth")).longValue(),
                    String.valueOf(server.getAttribute(name, "State")),
                    (Boolean) server.getAttribute(name, "SendAllowed")));
        } catch (InstanceNotFoundException e) {
            return Optional.empty();
        } catch (JMException e) {
            throw new IllegalStateException("Could not read the QueueMBean of " + queueName, e);
        }
    }
}
