package jp.kakehashi.sandbox.pay.signin;

/**
 * What checkout.js's {@code amazon.Pay.renderButton(selector, config)} sends to the hosted page: the button's
 * settings and its {@code signInConfig}.
 */
public record ButtonConfig(
        String merchantId,
        String ledgerCurrency,
        String sandbox,
        String checkoutLanguage,
        String productType,
        String placement,
        String buttonColor,
        String payloadJson,
        String signature,
        String publicKeyId,
        String algorithm) {}
