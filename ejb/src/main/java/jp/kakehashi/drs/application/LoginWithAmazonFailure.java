package jp.kakehashi.drs.application;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * What a failed call to Login with Amazon came to: the one place that reads the exceptions its port
 * ({@link LoginWithAmazon}) and Fault Tolerance around it throw. Setup and refresh each decide what a kind means.
 */
enum LoginWithAmazonFailure {

    /** Amazon refused our client id or secret: an operator must fix the configuration. */
    CLIENT_REFUSED,
    /** No client is configured at all. */
    NOT_CONFIGURED,
    /** Amazon no longer accepts the refresh token or authorization code. */
    GRANT_REFUSED,
    /** Any other refusal (for a pre-registration exchange: the serial is not pre-registered for our client). */
    REFUSED,
    /** The call may have reached Amazon and its answer was lost: a grant used up on first use is not repeated. */
    ANSWER_LOST,
    UNAVAILABLE;

    /** The kind of {@code failure}, which is thrown again when it is not one of Login with Amazon's. */
    static LoginWithAmazonFailure of(RuntimeException failure) {
        if (failure instanceof TokenExchangeRefusedException refused) {
            return switch (refused.reason()) {
                case INVALID_CLIENT -> CLIENT_REFUSED;
                case INVALID_GRANT -> GRANT_REFUSED;
                default -> REFUSED;
            };
        }
        if (failure instanceof LoginWithAmazonAnswerLostException || failure instanceof TimeoutException) {
            return ANSWER_LOST;
        }
        if (failure instanceof LoginWithAmazonUnavailableException || failure instanceof FaultToleranceException) {
            return UNAVAILABLE;
        }
        if (failure instanceof LoginWithAmazonNotConfiguredException) {
            return NOT_CONFIGURED;
        }
        throw failure;
    }

    boolean refused() {
        return this == CLIENT_REFUSED || this == GRANT_REFUSED || this == REFUSED;
    }
}
