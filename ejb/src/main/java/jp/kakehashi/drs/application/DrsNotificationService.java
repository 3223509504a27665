package jp.kakehashi.drs.application;

import java.util.List;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceEvent;
import jp.kakehashi.drs.domain.DrsNotification;

/** Applies DRS notifications to the devices they are about. */
public interface DrsNotificationService {

    /**
     * Applies the notification once: a second one with the same notificationId changes nothing.
     *
     * @return true when it was applied now, false when it had been applied before
     * @throws jp.kakehashi.drs.domain.UnprocessableNotificationException when the model is unknown or the serial breaks
     *                                                                    the model's expression
     */
    boolean apply(DrsNotification notification, String snsMessageId, String payload);

    List<Device> devicesOfCustomer(String directedCustomerId);

    List<DeviceEvent> eventsOf(Device device);
}
