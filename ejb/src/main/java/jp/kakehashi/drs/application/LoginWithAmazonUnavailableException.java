package jp.kakehashi.drs.application;

import jakarta.ejb.ApplicationException;

/**
 * Login with Amazon could not be reached or failed in a way that may pass (408, 429, 503, a refused connection): the
 * request was not acted on. {@link LoginWithAmazonAnswerLostException} is the kind where it may have been.
 */
@ApplicationException
public class LoginWithAmazonUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LoginWithAmazonUnavailableException(String message) {
        super(message);
    }

    public LoginWithAmazonUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
