package jp.kakehashi.signin.application;

import jakarta.ejb.ApplicationException;

/** Amazon Pay could not be reached or answered with a failure that may pass: the shopper can try again later. */
@ApplicationException
public class AmazonPayUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AmazonPayUnavailableException(String message) {
        super(message);
    }

    public AmazonPayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
