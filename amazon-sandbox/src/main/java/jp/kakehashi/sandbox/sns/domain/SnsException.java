package jp.kakehashi.sandbox.sns.domain;

/** A refused SNS request; nothing was changed. */
public class SnsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SnsError error;

    public SnsException(SnsError error, String message) {
        super(message);
        this.error = error;
    }

    public SnsError error() {
        return error;
    }
}
