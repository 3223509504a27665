package jp.kakehashi.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import jp.kakehashi.shared.config.PublicUrl;

/** Amazon Pay settings for Sign in with Amazon; keys and defaults in META-INF/microprofile-config.properties. */
@ApplicationScoped
public class AmazonPayConfiguration {

    @Inject
    @ConfigProperty(name = "amazon-pay.public-key-id")
    Optional<String> publicKeyId;

    /** The merchant's private key as PEM text (for example from an environment variable). */
    @Inject
    @ConfigProperty(name = "amazon-pay.private-key")
    Optional<String> privateKey;

    /** Or the path of the PEM file Seller Central handed out. */
    @Inject
    @ConfigProperty(name = "amazon-pay.private-key-file")
    Optional<String> privateKeyFile;

    @Inject
    @ConfigProperty(name = "amazon-pay.algorithm")
    String algorithm;

    @Inject
    @ConfigProperty(name = "amazon-pay.merchant-id")
    Optional<String> merchantId;

    @Inject
    @ConfigProperty(name = "amazon-pay.store-id")
    Optional<String> storeId;

    @Inject
    @ConfigProperty(name = "amazon-pay.region")
    String region;

    /** "sandbox" or "live": the path segment for public key ids that do not start with SANDBOX- or LIVE-. */
    @Inject
    @ConfigProperty(name = "amazon-pay.environment")
    String environment;

    @Inject
    @ConfigProperty(name = "amazon-pay.checkout-js-url")
    String checkoutJsUrl;

    @Inject
    @ConfigProperty(name = "amazon-pay.sign-in-scopes")
    List<String> signInScopes;

    @Inject
    @ConfigProperty(name = "amazon-pay.checkout-language")
    String checkoutLanguage;

    @Inject
    @ConfigProperty(name = "amazon-pay.ledger-currency")
    String ledgerCurrency;

    @Inject
    PublicUrl publicUrl;

    public Optional<String> publicKeyId() {
        return publicKeyId.filter(id -> !id.isBlank());
    }

    public Optional<String> privateKey() {
        return privateKey.filter(key -> !key.isBlank());
    }

    public Optional<String> privateKeyFile() {
        return privateKeyFile.filter(file -> !file.isBlank());
    }

    public String algorithm() {
        return algorithm;
    }

    public Optional<String> merchantId() {
        return merchantId.filter(id -> !id.isBlank());
    }

    public Optional<String> storeId() {
        return storeId.filter(id -> !id.isBlank());
    }

    public String region() {
        return region;
    }

    public String environment() {
        return environment;
    }

    /** Whether the button and the API calls are for Amazon Pay's sandbox. */
    public boolean sandbox() {
        return publicKeyId().map(id -> id.startsWith("SANDBOX-")).orElse("sandbox".equalsIgnoreCase(environment));
    }

    public String checkoutJsUrl() {
        return checkoutJsUrl;
    }

    public List<String> signInScopes() {
        return signInScopes;
    }

    public String checkoutLanguage() {
        return checkoutLanguage;
    }

    public String ledgerCurrency() {
        return ledgerCurrency;
    }

    /** Where shoppers reach the shop: the return URL Amazon sends them back to is built on it. */
    public String publicUrl() {
        return publicUrl.of("");
    }
}
