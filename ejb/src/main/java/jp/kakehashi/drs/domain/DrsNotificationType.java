package jp.kakehashi.drs.domain;

import java.util.Arrays;
import java.util.Optional;

/** The notifications Dash Replenishment sends through SNS, by {@code notificationInfo.notificationType}. */
public enum DrsNotificationType {
    DEVICE_REGISTERED("DeviceRegisteredNotification"),
    DEVICE_DEREGISTERED("DeviceDeregisteredNotification"),
    SUBSCRIPTION_CHANGED("SubscriptionChangedNotification"),
    ORDER_PLACED("OrderPlacedNotification"),
    ORDER_CANCELLED("OrderCancelledNotification"),
    ITEM_SHIPPED("ItemShippedNotification"),
    /** In the DRS issue's list, not in Amazon's public pages: its envelope is taken to be ItemShippedNotification's. */
    ITEM_DELIVERED("ItemDeliveredNotification");

    private final String wireName;

    DrsNotificationType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<DrsNotificationType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
