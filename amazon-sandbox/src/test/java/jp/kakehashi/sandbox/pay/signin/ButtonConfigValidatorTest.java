package jp.kakehashi.sandbox.pay.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import jp.kakehashi.sandbox.pay.TestKeys;
import jp.kakehashi.sandbox.pay.buyer.Scope;
import jp.kakehashi.sandbox.pay.signature.AmazonPayAlgorithm;
import jp.kakehashi.sandbox.pay.signature.PssSignatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ButtonConfigValidatorTest {

    private static final String KEY_ID = "SANDBOX-AHBUTTONKEY0000000000001";
    private static final String MERCHANT = "A1TESTMERCHANT";
    private static final String STORE = "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef";
    private static final String PAYLOAD = "{\"signInReturnUrl\":\"https://shop.example/signin?lang=ja\",\"storeId\":\""
            + STORE + "\",\"signInScopes\":[\"name\",\"email\",\"postalCode\"]}";

    private final ButtonConfigValidator validator = new ButtonConfigValidator(
            TestKeys.registry(Map.of(KEY_ID, TestKeys.MERCHANT.getPublic())), MERCHANT, STORE);

    @ParameterizedTest
    @EnumSource(AmazonPayAlgorithm.class)
    void aButtonSignedWithEitherAlgorithmIsAccepted(AmazonPayAlgorithm algorithm) {
        var valid = validator.validate(
                button("SignIn", "ja_JP", PAYLOAD, sign(algorithm, PAYLOAD), KEY_ID, algorithm.headerName()));

        assertEquals("https://shop.example/signin?lang=ja", valid.payload().signInReturnUrl());
        assertEquals(
                List.of(Scope.NAME, Scope.EMAIL, Scope.POSTAL_CODE),
                valid.payload().signInScopes());
        assertEquals("ja", valid.language());
    }

    @Test
    void withoutAnAlgorithmTheFirstOneIsMeant() {
        var valid = validator.validate(
                button("SignIn", "en_US", PAYLOAD, sign(AmazonPayAlgorithm.V1, PAYLOAD), KEY_ID, null));

        assertEquals("https://shop.example/signin?lang=ja", valid.payload().signInReturnUrl());
        assertEquals(KEY_ID, valid.publicKeyId());
        assertRejected(
                "InvalidSignatureError",
                button("SignIn", "en_US", PAYLOAD, sign(AmazonPayAlgorithm.V2, PAYLOAD), KEY_ID, null));
    }

    @Test
    void englishForEnUs() {
        assertEquals(
                "en",
                validator
                        .validate(button(
                                "SignIn",
                                "en_US",
                                PAYLOAD,
                                sign(AmazonPayAlgorithm.V2, PAYLOAD),
                                KEY_ID,
                                AmazonPayAlgorithm.V2.headerName()))
                        .language());
    }

    @Test
    void theAlgorithmNamedMustBeTheOneUsed() {
        assertRejected(
                "InvalidSignatureError",
                button(
                        "SignIn",
                        "ja_JP",
                        PAYLOAD,
                        sign(AmazonPayAlgorithm.V1, PAYLOAD),
                        KEY_ID,
                        AmazonPayAlgorithm.V2.headerName()));
        assertRejected(
                "InvalidSignatureError",
                button(
                        "SignIn",
                        "ja_JP",
                        PAYLOAD,
                        sign(AmazonPayAlgorithm.V2, PAYLOAD),
                        KEY_ID,
                        AmazonPayAlgorithm.V1.headerName()));
    }

    @Test
    void aChangedPayloadBreaksTheSignature() {
        String changed = PAYLOAD.replace("shop.example", "evil.example");
        assertRejected(
                "InvalidSignatureError",
                button(
                        "SignIn",
                        "ja_JP",
                        changed,
                        sign(AmazonPayAlgorithm.V2, PAYLOAD),
                        KEY_ID,
                        AmazonPayAlgorithm.V2.headerName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 !", "AAAA", ""})
    void aGarbledSignatureIsRefused(String signature) {
        SignInRejected rejected = assertThrows(
                SignInRejected.class,
                () -> validator.validate(
                        button("SignIn", "ja_JP", PAYLOAD, signature, KEY_ID, AmazonPayAlgorithm.V2.headerName())));
        assertTrue(rejected.errorCode().equals("InvalidSignatureError")
                || rejected.errorCode().equals("MissingParameterValue"));
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        assertRejected(
                "InvalidSignatureError",
                button(
                        "SignIn",
                        "ja_JP",
                        PAYLOAD,
                        PssSignatures.sign(AmazonPayAlgorithm.V2, PAYLOAD, TestKeys.STRANGER.getPrivate()),
                        KEY_ID,
                        AmazonPayAlgorithm.V2.headerName()));
    }

    @Test
    void anUnknownKeyIsRefused() {
        SignInRejected rejected = assertRejected(
                "InvalidSignatureError",
                button(
                        "SignIn",
                        "ja_JP",
                        PAYLOAD,
                        sign(AmazonPayAlgorithm.V2, PAYLOAD),
                        "SANDBOX-AHUNKNOWN00000000000000001",
                        AmazonPayAlgorithm.V2.headerName()));
        assertTrue(rejected.getMessage().contains("not registered"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PayAndShip", "PayOnly", "signin", ""})
    void onlySignInButtonsAreServed(String productType) {
        SignInRejected rejected = assertThrows(
                SignInRejected.class,
                () -> validator.validate(button(
                        productType,
                        "ja_JP",
                        PAYLOAD,
                        sign(AmazonPayAlgorithm.V2, PAYLOAD),
                        KEY_ID,
                        AmazonPayAlgorithm.V2.headerName())));
        assertTrue(rejected.getMessage().contains("productType"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "[1,2]",
                "{\"storeId\":\"" + STORE + "\"}",
                "{\"signInReturnUrl\":\"/relative\",\"storeId\":\"" + STORE + "\"}",
                "{\"signInReturnUrl\":\"javascript:alert(1)\",\"storeId\":\"" + STORE + "\"}",
                "{\"signInReturnUrl\":\"https://shop.example/\",\"storeId\":\"" + STORE
                        + "\",\"signInScopes\":[\"shoeSize\"]}",
                "{\"signInReturnUrl\":\"https://shop.example/\",\"storeId\":\"" + STORE
                        + "\",\"signInScopes\":\"name\"}",
                "{\"signInReturnUrl\":\"https://shop.example/\",\"storeId\":\"amzn1.application-oa2-client.other\"}"
            })
    void aMalformedPayloadIsRefusedEvenWhenSigned(String payload) {
        SignInRejected rejected = assertThrows(
                SignInRejected.class,
                () -> validator.validate(button(
                        "SignIn",
                        "ja_JP",
                        payload,
                        sign(AmazonPayAlgorithm.V2, payload),
                        KEY_ID,
                        AmazonPayAlgorithm.V2.headerName())));
        assertTrue(
                rejected.errorCode().equals("InvalidParameterValue")
                        || rejected.errorCode().equals("MissingParameterValue"),
                rejected.errorCode());
    }

    @Test
    void withoutScopesEveryScopeButPrimeStatusIsAsked() {
        String payload = "{\"signInReturnUrl\":\"https://shop.example/\",\"storeId\":\"" + STORE + "\"}";
        var valid = validator.validate(button(
                "SignIn",
                "ja_JP",
                payload,
                sign(AmazonPayAlgorithm.V2, payload),
                KEY_ID,
                AmazonPayAlgorithm.V2.headerName()));

        assertEquals(SignInPayload.DEFAULT_SCOPES, valid.payload().signInScopes());
    }

    @Test
    void anotherMerchantIsRefused() {
        ButtonConfig button = new ButtonConfig(
                "A9OTHER",
                "JPY",
                "true",
                "ja_JP",
                "SignIn",
                "Cart",
                "Gold",
                PAYLOAD,
                sign(AmazonPayAlgorithm.V2, PAYLOAD),
                KEY_ID,
                AmazonPayAlgorithm.V2.headerName());
        assertRejected("InvalidParameterValue", button);
    }

    @Test
    void aSandboxKeyOnALiveButtonIsRefused() {
        ButtonConfig button = new ButtonConfig(
                MERCHANT,
                "JPY",
                "false",
                "ja_JP",
                "SignIn",
                "Cart",
                "Gold",
                PAYLOAD,
                sign(AmazonPayAlgorithm.V2, PAYLOAD),
                KEY_ID,
                AmazonPayAlgorithm.V2.headerName());
        assertRejected("InvalidParameterValue", button);
    }

    @Test
    void anUnsupportedLanguageIsRefused() {
        assertRejected(
                "InvalidParameterValue",
                button(
                        "SignIn",
                        "xx_XX",
                        PAYLOAD,
                        sign(AmazonPayAlgorithm.V2, PAYLOAD),
                        KEY_ID,
                        AmazonPayAlgorithm.V2.headerName()));
    }

    private SignInRejected assertRejected(String errorCode, ButtonConfig button) {
        SignInRejected rejected = assertThrows(SignInRejected.class, () -> validator.validate(button));
        assertEquals(errorCode, rejected.errorCode(), rejected.getMessage());
        return rejected;
    }

    private static String sign(AmazonPayAlgorithm algorithm, String payload) {
        PrivateKey key = TestKeys.MERCHANT.getPrivate();
        return PssSignatures.sign(algorithm, payload, key);
    }

    private static ButtonConfig button(
            String productType, String language, String payload, String signature, String keyId, String algorithm) {
        return new ButtonConfig(
                MERCHANT, "JPY", "true", language, productType, "Cart", "Gold", payload, signature, keyId, algorithm);
    }
}
