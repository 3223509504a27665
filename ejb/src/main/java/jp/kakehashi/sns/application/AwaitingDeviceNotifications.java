package jp.kakehashi.sns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.kakehashi.drs.domain.DeviceRegistered;
import jp.kakehashi.sns.domain.AwaitingDevice;

/**
 * Applies notifications that overtook their device's DeviceRegisteredNotification. Both sides look after their own
 * commit: the registration for parked notifications, the parked notification for the device. Whichever commits last
 * sees the other, so none is left waiting however the consumers interleave; each is applied once (the parked row is
 * locked, the device's events are keyed by notificationId).
 */
@ApplicationScoped
public class AwaitingDeviceNotifications {

    private static final Logger LOG = Logger.getLogger(AwaitingDeviceNotifications.class.getName());

    @Inject
    private SnsNotificationService notifications;

    void onDeviceRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeviceRegistered registered) {
        apply(registered.modelId(), registered.serialNumber());
    }

    void onParked(@Observes(during = TransactionPhase.AFTER_SUCCESS) AwaitingDevice parked) {
        apply(parked.modelId(), parked.serialNumber());
    }

    private void apply(String modelId, String serialNumber) {
        int applied = notifications.applyAwaiting(modelId, serialNumber);
        if (applied > 0) {
            LOG.info(() -> applied + " notifications that waited for device " + modelId + " " + serialNumber
                    + " were applied");
        }
    }
}
