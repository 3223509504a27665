package jp.kakehashi.sns.verification;

/** The body is not an SNS message: not JSON, a required field missing or of the wrong type. Answered with 400. */
public class MalformedSnsMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedSnsMessageException(String reason) {
        super(reason);
    }

    public MalformedSnsMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
