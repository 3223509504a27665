package jp.kakehashi.signin.application;

import java.util.List;
import java.util.Optional;
import jp.kakehashi.shared.config.Settings;

/**
 * Amazon Pay settings for Sign in with Amazon (amazon-pay.*; defaults in META-INF/microprofile-config.properties).
 * The merchant's private key is PEM text (privateKey, for example from an environment variable) or the path of the
 * file Seller Central handed out (privateKeyFile); environment is "sandbox" or "live", the path segment for public
 * key ids that start with neither SANDBOX- nor LIVE-.
 */
@Settings({
    "amazon-pay.public-key-id",
    "amazon-pay.private-key",
    "amazon-pay.private-key-file",
    "amazon-pay.algorithm",
    "amazon-pay.merchant-id",
    "amazon-pay.store-id",
    "amazon-pay.region",
    "amazon-pay.environment",
    "amazon-pay.checkout-js-url",
    "amazon-pay.sign-in-scopes",
    "amazon-pay.checkout-language",
    "amazon-pay.ledger-currency"
})
public record AmazonPayConfiguration(
        Optional<String> publicKeyId,
        Optional<String> privateKey,
        Optional<String> privateKeyFile,
        String algorithm,
        Optional<String> merchantId,
        Optional<String> storeId,
        String region,
        String environment,
        String checkoutJsUrl,
        List<String> signInScopes,
        String checkoutLanguage,
        String ledgerCurrency) {

    /** Whether the button and the API calls are for Amazon Pay's sandbox. */
    public boolean sandbox() {
        return publicKeyId().map(id -> id.startsWith("SANDBOX-")).orElse("sandbox".equalsIgnoreCase(environment));
    }
}
