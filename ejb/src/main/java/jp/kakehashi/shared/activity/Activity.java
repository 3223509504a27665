package jp.kakehashi.shared.activity;

/** What the dashboard counts per minute. */
public enum Activity {
    SNS_RECEIVED,
    SNS_REJECTED,
    NOTIFICATION_PROCESSED,
    NOTIFICATION_FAILED,
    SIGN_IN,
    TOKEN_EXCHANGE,
    TOKEN_REFRESH,
    PASSWORD_RESET,
    PASSWORD_CHANGE,
    EMAIL_CHANGE
}
