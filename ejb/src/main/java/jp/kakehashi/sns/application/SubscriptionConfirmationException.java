package jp.kakehashi.sns.application;

/** SNS did not confirm a subscription; the message says why, for admins. */
public class SubscriptionConfirmationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubscriptionConfirmationException(String message) {
        super(message);
    }

    public SubscriptionConfirmationException(String message, Throwable cause) {
        super(message, cause);
    }
}
