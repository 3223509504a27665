package jp.kakehashi.sandbox.sns.drs;

/** The DRS notification types Amazon publishes to the maker's SNS topic. */
public enum DrsNotificationType {
    DeviceRegisteredNotification,
    DeviceDeregisteredNotification,
    SubscriptionChangedNotification,
    OrderPlacedNotification,
    OrderCancelledNotification,
    ItemShippedNotification,
    /** Named in the DRS issue's list; its envelope is taken to be ItemShippedNotification's (not documented publicly). */
    ItemDeliveredNotification;

    public static DrsNotificationType of(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown DRS notification type " + name);
        }
    }

    public boolean carriesOrderInfo() {
        return this == OrderPlacedNotification
                || this == OrderCancelledNotification
                || this == ItemShippedNotification
                || this == ItemDeliveredNotification;
    }
}
