package jp.kakehashi.sns.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jp.kakehashi.sns.application.QueueUnavailableException;
import jp.kakehashi.sns.application.SnsNotificationQueue;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

/** The inbound queue port on Jakarta Messaging: a persistent send that commits with the container transaction. */
@Stateless
public class JmsSnsNotificationQueue implements SnsNotificationQueue {

    @Inject
    @JMSConnectionFactory("jms/kakehashi/ConnectionFactory")
    private JMSContext context;

    @Resource(lookup = "jms/kakehashi/SnsInboundQueue")
    private Queue queue;

    @Override
    public void enqueue(SnsNotificationMessage notification) {
        try {
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(queue, SnsNotificationMessages.toJms(context, notification));
        } catch (JMSRuntimeException | JMSException e) {
            throw new QueueUnavailableException("The SNS inbound queue did not take message " + notification.messageId(), e);
        }
    }
}
