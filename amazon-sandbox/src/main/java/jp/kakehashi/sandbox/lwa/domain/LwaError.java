package jp.kakehashi.sandbox.lwa.domain;

/**
 * An error answer of the token endpoint: HTTP status and the OAuth body {@code {"error":..,"error_description":..}}.
 */
public class LwaError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    public LwaError(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    public static LwaError invalidRequest(String description) {
        return new LwaError(400, "invalid_request", description);
    }

    public static LwaError invalidClient() {
        return new LwaError(401, "invalid_client", "Client authentication failed");
    }

    public static LwaError invalidGrant(String description) {
        return new LwaError(400, "invalid_grant", description);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }
}
