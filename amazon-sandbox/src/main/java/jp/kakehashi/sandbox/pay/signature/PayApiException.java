package jp.kakehashi.sandbox.pay.signature;

/** A refused Amazon Pay API request: the HTTP status and Amazon's {@code reasonCode} and {@code message}. */
public class PayApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reasonCode;

    public PayApiException(int status, String reasonCode, String message) {
        super(message);
        this.status = status;
        this.reasonCode = reasonCode;
    }

    public static PayApiException missingHeader(String name) {
        return new PayApiException(400, "MissingHeader", "The header " + name + " is missing from the request.");
    }

    public static PayApiException invalidHeader(String name, String why) {
        return new PayApiException(
                400, "InvalidHeaderValue", "The value of the header " + name + " is invalid: " + why);
    }

    public int status() {
        return status;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
