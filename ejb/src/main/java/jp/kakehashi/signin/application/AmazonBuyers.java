package jp.kakehashi.signin.application;

import jp.kakehashi.signin.domain.AmazonBuyer;

/** The port to Amazon Pay's Get Buyer. */
public interface AmazonBuyers {

    /**
     * @throws InvalidBuyerTokenException    the token is unknown, expired or not for us: the shopper must sign in again
     * @throws AmazonPayUnavailableException Amazon did not answer in time, or answered with a failure, after retries
     * @throws AmazonPayRejectedException    Amazon refused Kakehashi's key or configuration
     */
    AmazonBuyer getBuyer(String buyerToken);
}
