package jp.kakehashi.signin.application;

import jakarta.ejb.ApplicationException;

/**
 * Amazon Pay refused Kakehashi's own request (401, 403): a wrong key or configuration. Retrying cannot help, and it
 * says nothing about Amazon's health, so it neither retries nor opens the circuit.
 */
@ApplicationException
public class AmazonPayRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AmazonPayRejectedException(String message) {
        super(message);
    }
}
