package jp.kakehashi.sandbox.pay.signin;

/** A button configuration the hosted page refuses: Amazon-style error code and a developer-facing detail. */
public class SignInRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;

    public SignInRejected(String errorCode, String detail) {
        super(detail);
        this.errorCode = errorCode;
    }

    static SignInRejected missing(String parameter) {
        return new SignInRejected("MissingParameterValue", "The parameter " + parameter + " is missing.");
    }

    static SignInRejected invalid(String parameter, String why) {
        return new SignInRejected("InvalidParameterValue", "The value of " + parameter + " is invalid: " + why);
    }

    public String errorCode() {
        return errorCode;
    }
}
