package jp.kakehashi.drs.domain;

/** Where a device stands with Dash Replenishment. */
public enum DeviceStatus {
    /** Bought on Amazon with replenishment chosen; its box has been scanned (DeviceRegisteredNotification). */
    PRE_REGISTERED,
    /** The customer or Amazon ended replenishment for it (DeviceDeregisteredNotification). */
    DEREGISTERED
}
