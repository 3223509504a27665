package jp.kakehashi.drs.domain;

import jakarta.ejb.ApplicationException;

/**
 * A notification other than a registration for a device Kakehashi does not know: it creates no device. It may have
 * overtaken the device's DeviceRegisteredNotification (SNS does not promise order), so it waits for it, parked.
 */
@ApplicationException(rollback = false)
public class DeviceNotYetKnownException extends UnprocessableNotificationException {

    private static final long serialVersionUID = 1L;

    private final String modelId;
    private final String serialNumber;

    public DeviceNotYetKnownException(String modelId, String serialNumber, String notificationType) {
        super("no device " + modelId + " " + serialNumber + " is known: a " + notificationType
                + " applies once its DeviceRegisteredNotification has");
        this.modelId = modelId;
        this.serialNumber = serialNumber;
    }

    public String modelId() {
        return modelId;
    }

    public String serialNumber() {
        return serialNumber;
    }
}
