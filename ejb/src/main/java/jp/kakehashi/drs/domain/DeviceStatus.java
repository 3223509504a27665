package jp.kakehashi.drs.domain;

/** Where a device stands with Dash Replenishment. */
public enum DeviceStatus {
    /** Bought on Amazon with replenishment chosen; its box has been scanned (DeviceRegisteredNotification). */
    PRE_REGISTERED,
    /** The customer or Amazon ended replenishment for it (DeviceDeregisteredNotification). */
    DEREGISTERED,
    /** A member set it up: Kakehashi holds its Login with Amazon tokens. */
    SET_UP,
    /** Amazon refused its refresh token: the member must set it up again. */
    NEEDS_SETUP
}
