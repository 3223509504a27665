package jp.kakehashi.drs.application;

import jakarta.ejb.ApplicationException;

/** Kakehashi's Login with Amazon client credentials are missing or unreadable: an operator must fix the settings. */
@ApplicationException
public class LoginWithAmazonNotConfiguredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LoginWithAmazonNotConfiguredException(String message) {
        super(message);
    }

    public LoginWithAmazonNotConfiguredException(String message, Throwable cause) {
        super(message, cause);
    }
}
