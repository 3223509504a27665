package jp.kakehashi.drs.application;

/**
 * A token request that may have reached Login with Amazon, whose answer did not reach us: a read timeout, a connection
 * cut mid-answer, a 500/502/504, a 200 without usable tokens. Amazon may have spent what the request carried (an
 * authorization code, a refresh token), so such a request is never repeated blindly.
 */
public class LoginWithAmazonAnswerLostException extends LoginWithAmazonUnavailableException {

    private static final long serialVersionUID = 1L;

    public LoginWithAmazonAnswerLostException(String message) {
        super(message);
    }

    public LoginWithAmazonAnswerLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
