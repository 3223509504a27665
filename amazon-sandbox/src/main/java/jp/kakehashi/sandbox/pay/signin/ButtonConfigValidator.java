package jp.kakehashi.sandbox.pay.signin;

import java.security.PublicKey;
import java.util.Set;
import jp.kakehashi.sandbox.pay.signature.AmazonPayAlgorithm;
import jp.kakehashi.sandbox.pay.signature.PssSignatures;
import jp.kakehashi.sandbox.pay.signature.PublicKeyRegistry;

/**
 * What the hosted page checks before it lets a shopper sign in: a SignIn button of the known merchant whose payload
 * is signed ({@code ALGORITHM\nhex(SHA-256(payloadJSON))}) by a registered key with the algorithm it names.
 */
public final class ButtonConfigValidator {

    static final Set<String> LEDGER_CURRENCIES = Set.of("JPY", "USD", "EUR", "GBP");
    static final Set<String> LANGUAGES = Set.of("ja_JP", "en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "es_ES");

    private final PublicKeyRegistry keys;
    private final String merchantId;
    private final String storeId;

    public ButtonConfigValidator(PublicKeyRegistry keys, String merchantId, String storeId) {
        this.keys = keys;
        this.merchantId = merchantId;
        this.storeId = storeId;
    }

    /** A checked sign-in: the payload and the page language ("ja" or "en"). */
    public record ValidSignIn(SignInPayload payload, String publicKeyId, String language) {}

    /** @throws SignInRejected with the error the hosted page shows */
    public ValidSignIn validate(ButtonConfig config) {
        String productType = required(config.productType(), "productType");
        if (!productType.equals("SignIn")) {
            throw SignInRejected.invalid(
                    "productType", productType + " is not supported here: this button must be SignIn.");
        }
        if (!required(config.merchantId(), "merchantId").equals(merchantId)) {
            throw SignInRejected.invalid("merchantId", "no merchant " + config.merchantId() + " is registered.");
        }
        String currency = required(config.ledgerCurrency(), "ledgerCurrency");
        if (!LEDGER_CURRENCIES.contains(currency)) {
            throw SignInRejected.invalid("ledgerCurrency", "expected one of " + LEDGER_CURRENCIES + ".");
        }
        String language = blank(config.checkoutLanguage()) ? "ja_JP" : config.checkoutLanguage();
        if (!LANGUAGES.contains(language)) {
            throw SignInRejected.invalid("checkoutLanguage", language + " is not supported.");
        }
        String payloadJson = required(config.payloadJson(), "signInConfig.payloadJSON");
        String signature = required(config.signature(), "signInConfig.signature");
        String publicKeyId = required(config.publicKeyId(), "signInConfig.publicKeyId");
        AmazonPayAlgorithm algorithm = blank(config.algorithm())
                ? AmazonPayAlgorithm.V1
                : AmazonPayAlgorithm.byName(config.algorithm())
                        .orElseThrow(() -> SignInRejected.invalid(
                                "signInConfig.algorithm", "expected AMZN-PAY-RSASSA-PSS or AMZN-PAY-RSASSA-PSS-V2."));
        checkEnvironment(config.sandbox(), publicKeyId);
        PublicKey key = keys.find(publicKeyId)
                .orElseThrow(() -> new SignInRejected(
                        "InvalidSignatureError",
                        "The public key id " + publicKeyId + " is not registered for this merchant."));
        if (!PssSignatures.verify(algorithm, payloadJson, signature, key)) {
            throw new SignInRejected(
                    "InvalidSignatureError",
                    "The signature does not match the payload for " + algorithm.headerName() + " and public key id "
                            + publicKeyId + ".");
        }
        SignInPayload payload = SignInPayload.parse(payloadJson);
        if (!payload.storeId().equals(storeId)) {
            throw SignInRejected.invalid(
                    "payloadJSON.storeId", "no store " + payload.storeId() + " is registered for this merchant.");
        }
        return new ValidSignIn(payload, publicKeyId, language.equals("ja_JP") ? "ja" : "en");
    }

    /** A SANDBOX- key belongs to a sandbox button, a LIVE- key to a live one; other key ids fit both. */
    private static void checkEnvironment(String sandbox, String publicKeyId) {
        boolean sandboxButton = !"false".equalsIgnoreCase(sandbox == null ? "" : sandbox.trim());
        if (publicKeyId.startsWith("SANDBOX-") && !sandboxButton || publicKeyId.startsWith("LIVE-") && sandboxButton) {
            throw SignInRejected.invalid(
                    "sandbox", "the public key id " + publicKeyId + " belongs to the other environment.");
        }
    }

    private static String required(String value, String name) {
        if (blank(value)) {
            throw SignInRejected.missing(name);
        }
        return value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
