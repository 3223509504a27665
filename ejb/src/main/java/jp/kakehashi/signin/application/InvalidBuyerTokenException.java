package jp.kakehashi.signin.application;

import jakarta.ejb.ApplicationException;

/** Amazon refused the buyerToken (unknown, expired, tampered): not worth retrying. */
@ApplicationException
public class InvalidBuyerTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidBuyerTokenException(String message) {
        super(message);
    }
}
