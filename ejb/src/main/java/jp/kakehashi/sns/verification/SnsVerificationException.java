package jp.kakehashi.sns.verification;

/**
 * An SNS message that we cannot accept as sent by AWS for one of our topics: forged, tampered, stale, or signed with a
 * certificate we do not trust. Answered with 403; the reason is safe to show and to log (it never contains the body).
 */
public class SnsVerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public SnsVerificationException(Reason reason, String detail) {
        super(reason.description() + ": " + detail);
        this.reason = reason;
    }

    public SnsVerificationException(Reason reason, String detail, Throwable cause) {
        super(reason.description() + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why a message was refused; the names appear in logs, counters and the admin pages. */
    public enum Reason {
        TOPIC_NOT_ACCEPTED("topic not accepted"),
        CERTIFICATE_URL_NOT_TRUSTED("signing certificate URL not trusted"),
        CERTIFICATE_UNAVAILABLE("signing certificate unavailable"),
        CERTIFICATE_NOT_VALID("signing certificate not valid"),
        STALE_MESSAGE("message too old"),
        MESSAGE_FROM_THE_FUTURE("message timestamp in the future"),
        UNSUPPORTED_SIGNATURE_VERSION("unsupported signature version"),
        BAD_SIGNATURE("signature does not verify");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
