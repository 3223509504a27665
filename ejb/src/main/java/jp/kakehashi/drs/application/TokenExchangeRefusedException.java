package jp.kakehashi.drs.application;

import jakarta.ejb.ApplicationException;

/** Login with Amazon refused a token request for a reason that retrying will not change. */
@ApplicationException
public class TokenExchangeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The DRS pre-registration guide's three cases, bad credentials, and a refused grant. */
    public enum Reason {
        /** The model is launched but this serial was not pre-registered: the standard LWA setup is needed. */
        DEVICE_NOT_PRE_REGISTERED,
        /** The model is not launched with Dash Replenishment. */
        MODEL_NOT_LAUNCHED,
        /** The model was launched with another LWA security profile than ours. */
        MODEL_OF_ANOTHER_CLIENT,
        /** Our client id or secret is wrong: an operator must fix the configuration. */
        INVALID_CLIENT,
        /** A refresh token or authorization code Amazon no longer accepts. */
        INVALID_GRANT,
        /** Any other refusal. */
        OTHER
    }

    private final Reason reason;

    public TokenExchangeRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
