package jp.kakehashi.drs.application;

import jp.kakehashi.drs.domain.TokenGrant;

/**
 * The port to Login with Amazon's token endpoint.
 * Each call throws {@link TokenExchangeRefusedException} or {@link LoginWithAmazonUnavailableException}.
 */
public interface LoginWithAmazon {

    /** The DRS pre-registration guide's {@code device_preregistration} grant. */
    TokenGrant exchangePreRegistration(String modelId, String serialNumber);

    /** The standard DRS setup's {@code authorization_code} grant. */
    TokenGrant exchangeAuthorizationCode(String code, String redirectUri);

    TokenGrant refresh(String refreshToken);
}
