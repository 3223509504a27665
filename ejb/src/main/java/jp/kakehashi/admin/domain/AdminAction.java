package jp.kakehashi.admin.domain;

/** What an admin can do that changes something, and what changes who holds a device, as written to the audit trail. */
public enum AdminAction {
    REPLAY_MESSAGE,
    REPLAY_MESSAGES,
    DELETE_MESSAGE,
    PURGE_QUEUE,
    CONFIRM_SUBSCRIPTION,
    REFRESH_DEVICE_TOKENS,
    REFRESH_ALL_DEVICE_TOKENS,
    MARK_DEVICE_NEEDS_SETUP,
    RETRY_DRS_CALL,
    ADD_DEVICE_MODEL,
    EDIT_DEVICE_MODEL,
    UNLINK_AMAZON,
    REPROCESS_PARKED_NOTIFICATION,
    DEVICE_REGISTERED_TO_ANOTHER_CUSTOMER,
    DEVICE_SET_UP_BY_REGISTERED_CUSTOMER,
    DEVICE_REMOVED_BY_MEMBER
}
