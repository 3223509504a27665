package jp.kakehashi.admin.messaging;

import jakarta.jms.Queue;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.ManagedQueue;

/**
 * The provider's queue object for one of our queue names, looked up by the JNDI name the server configuration binds
 * it to: {@code JMSContext.createQueue} would take the console's name for the provider's, which IBM MQ's need not be.
 */
final class ManagedQueueDestinations {

    private ManagedQueueDestinations() {}

    static Queue of(String queueName) {
        String jndiName = ManagedQueue.jndiNameOf(queueName)
                .orElseThrow(() -> new AdminActionRefusedException("Not one of Kakehashi's queues: " + queueName));
        try {
            return InitialContext.doLookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("No queue bound at " + jndiName + " for " + queueName, e);
        }
    }
}
