package jp.kakehashi.drs.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The common envelope of a DRS notification (Amazon's DRS pre-registration guide): who, which device, what happened. Type-specific parts
 * (subscriptionInfo, orderInfo) stay in the payload that is recorded with the device's event.
 */
public record DrsNotification(
        DrsNotificationType type,
        String notificationId,
        String lwaClientId,
        Instant notificationTime,
        String serialNumber,
        String modelId,
        String directedCustomerId) {

    public DrsNotification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(notificationTime, "notificationTime");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(modelId, "modelId");
    }
}
