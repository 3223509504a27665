package jp.kakehashi.drs.domain;

/**
 * A device changed hands or left one: fired inside the transaction that made the change, so that an observer's record
 * (the audit trail) commits or rolls back with it.
 *
 * @param previousMemberId the member who held it, or null
 * @param newMemberId      the member who holds it now, or null
 * @param actor            who caused it: {@code amazon} for a notification, {@code member:<id>} for a member
 */
public record DeviceOwnershipChanged(
        long deviceId,
        String modelId,
        String serialNumber,
        Long previousMemberId,
        Long newMemberId,
        Cause cause,
        String actor) {

    public enum Cause {
        /** Amazon registered the device to another customer (DeviceRegisteredNotification). */
        REGISTERED_TO_ANOTHER_CUSTOMER,
        /** A member whose linked Amazon account Amazon named as the device's customer set it up. */
        SET_UP_BY_REGISTERED_CUSTOMER,
        /** The member removed it from their account. */
        REMOVED_BY_MEMBER
    }
}
