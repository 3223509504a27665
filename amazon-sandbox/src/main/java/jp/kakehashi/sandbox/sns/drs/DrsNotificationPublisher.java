package jp.kakehashi.sandbox.sns.drs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import jp.kakehashi.sandbox.sns.SnsSandbox;

/**
 * Publishes DRS notifications to the DRS topic, as Amazon does: "scan the box" at the fulfilment centre sends the
 * DeviceRegisteredNotification of a pre-registered device (Amazon's DRS pre-registration guide); the other types can be sent too.
 */
@ApplicationScoped
public class DrsNotificationPublisher {

    private final Clock clock = Clock.systemUTC();

    @Inject
    SnsSandbox sns;

    /** The result of a publish: the SNS MessageId and the notification in the message. */
    public record Published(String messageId, String topicArn, DrsNotification notification) {}

    /** The fulfilment centre scans the serial number on the box of a pre-registered device. */
    public Published scanBox(String serialNumber, String modelId, String directedCustomerId, String lwaClientId) {
        return publish(
                DrsNotificationType.DeviceRegisteredNotification,
                serialNumber,
                modelId,
                directedCustomerId,
                lwaClientId,
                null,
                null);
    }

    public Published publish(
            DrsNotificationType type,
            String serialNumber,
            String modelId,
            String directedCustomerId,
            String lwaClientId,
            Map<String, Boolean> slotsSubscriptionStatus,
            DrsNotification.OrderInfo orderInfo) {
        return publish(new DrsNotification(
                type,
                lwaClientId,
                clock.instant(),
                newNotificationId(),
                serialNumber,
                modelId,
                directedCustomerId,
                slotsSubscriptionStatus,
                orderInfo));
    }

    /** Publishes a notification already built, to the DRS topic. */
    public Published publish(DrsNotification notification) {
        String topicArn = sns.drsTopicArn();
        // DRS's messages carry no Subject: the type is inside the JSON (plausible; not documented).
        String messageId = sns.broker().publish(topicArn, null, notification.toJson());
        return new Published(messageId, topicArn, notification);
    }

    static String newNotificationId() {
        return "amzn1.dash.notification.v1." + UUID.randomUUID();
    }
}
