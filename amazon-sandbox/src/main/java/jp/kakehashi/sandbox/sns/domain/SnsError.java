package jp.kakehashi.sandbox.sns.domain;

/** The SNS error codes the sandbox answers with, their HTTP status and whose fault they are. */
public enum SnsError {
    INVALID_PARAMETER("InvalidParameter", 400, "Sender"),
    NOT_FOUND("NotFound", 404, "Sender"),
    INVALID_ACTION("InvalidAction", 400, "Sender"),
    MISSING_PARAMETER("MissingParameter", 400, "Sender");

    private final String code;
    private final int status;
    private final String faultType;

    SnsError(String code, int status, String faultType) {
        this.code = code;
        this.status = status;
        this.faultType = faultType;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String faultType() {
        return faultType;
    }
}
