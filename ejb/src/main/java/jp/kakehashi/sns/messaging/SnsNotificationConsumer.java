package jp.kakehashi.sns.messaging;

import jp.kakehashi.admin.application.ActivityLog;
import jp.kakehashi.admin.domain.Activity;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jp.kakehashi.sns.application.SnsNotificationService;

import java.util.logging.Logger;

/**
 * Takes SNS notifications off the inbound queue and hands each to {@link SnsNotificationService} in the same
 * container transaction. A failure rolls both back: the message is redelivered up to the queue's limit and then
 * moves to the dead-letter queue. Bound by the activation spec {@code kakehashi/kakehashi-ejb/SnsNotificationConsumer}.
 */
@MessageDriven(name = "SnsNotificationConsumer")
public class SnsNotificationConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(SnsNotificationConsumer.class.getName());

    @Inject
    private SnsNotificationService notifications;

    @Inject
    private ActivityLog activityLog;

    @Override
    public void onMessage(Message message) {
        try {
            boolean stored = notifications.receive(SnsNotificationMessages.fromJms(message));
            if (!stored) {
                LOG.fine(() -> "Duplicate SNS notification ignored: " + describe(message));
            }
            activityLog.record(Activity.NOTIFICATION_PROCESSED);
        } catch (JMSException e) {
            activityLog.record(Activity.NOTIFICATION_FAILED);
            throw new IllegalStateException("Could not read SNS notification " + describe(message), e);
        } catch (RuntimeException e) {
            activityLog.record(Activity.NOTIFICATION_FAILED);
            throw e;
        }
    }

    private static String describe(Message message) {
        try {
            return message.getStringProperty(SnsNotificationMessages.MESSAGE_ID);
        } catch (JMSException e) {
            return "(unreadable)";
        }
    }
}
