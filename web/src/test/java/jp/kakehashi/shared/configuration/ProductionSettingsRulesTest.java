package jp.kakehashi.shared.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductionSettingsRulesTest {

    private static final String KEY =
            Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'q');
    private static final String SECRET_KEY_TEXT =
            "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----";

    private final Map<String, String> settings = new HashMap<>(Map.ofEntries(
            Map.entry("amazon-pay.public-key-id", "LIVE-AHTESTKEY000000001"),
            Map.entry("amazon-pay.private-key", SECRET_KEY_TEXT),
            Map.entry("amazon-pay.merchant-id", "A2MERCHANT0001"),
            Map.entry("amazon-pay.store-id", "amzn1.application-oa2-client.store0001"),
            Map.entry("kakehashi.mail.host", "mail.kakehashi.jp"),
            Map.entry("kakehashi.mail.from", "Kakehashi <shop@kakehashi.jp>"),
            Map.entry("kakehashi.mail.user", "shop"),
            Map.entry("kakehashi.mail.password", "s3cret-mail"),
            Map.entry("kakehashi.db.user", "kakehashi"),
            Map.entry("kakehashi.db.password", "s3cret-db"),
            Map.entry("kakehashi.keystore.password", "s3cret-keystore"),
            Map.entry("kakehashi.public-url", "https://shop.kakehashi.jp"),
            Map.entry("amazon-pay/mp-rest/url", "https://pay-api.amazon.jp"),
            Map.entry("amazon-pay.checkout-js-url", "https://static-fe.payments-amazon.com/checkout.js"),
            Map.entry("login-with-amazon/mp-rest/url", "https://api.amazon.com"),
            Map.entry("lwa.authorize-url", "https://www.amazon.com/ap/oa"),
            Map.entry("dash-replenishment/mp-rest/url", "https://dash-replenishment-service-na.amazon.com"),
            Map.entry("lwa.client-id", "amzn1.application-oa2-client.lwa0001"),
            Map.entry("lwa.client-secret", "s3cret-lwa"),
            Map.entry("drs.token-keys", "k1:" + KEY),
            Map.entry("sns.topic-arns", "arn:aws:sns:us-east-1:123456789012:kakehashi-drs")));

    private List<SettingProblem> problems() {
        return ProductionSettingsRules.check(key -> Optional.ofNullable(settings.get(key)));
    }

    private List<String> problemSettings() {
        return problems().stream().map(SettingProblem::setting).toList();
    }

    @Test
    void completeSettingsHaveNoProblem() {
        assertEquals(List.of(), problems());
    }

    @Test
    void aMissingOrEmptySettingIsNamedWithItsEnvironmentVariable() {
        settings.remove("amazon-pay.store-id");
        settings.put("kakehashi.mail.host", "  ");

        List<SettingProblem> problems = problems();

        assertEquals(
                List.of("amazon-pay.store-id", "kakehashi.mail.host"),
                problems.stream().map(SettingProblem::setting).toList());
        assertTrue(
                problems.get(0).logLine().contains("AMAZON_PAY_STORE_ID"),
                problems.get(0).logLine());
        assertTrue(problems.get(0).logLine().contains("missing"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "change-me",
                "CHANGEME",
                "please_change_me",
                "placeholder",
                "TODO",
                "xxx",
                "XXXX",
                "mail.example.jp",
                "shop@Example.com"
            })
    void aPlaceholderIsAProblem(String placeholder) {
        settings.put("kakehashi.mail.host", placeholder);

        assertEquals(List.of("kakehashi.mail.host"), problemSettings());
        assertTrue(problems().get(0).problem().contains("placeholder"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail.kakehashi.jp", "shop@kakehashi.jp", "a9Xxx+b/xxxA==", "todos.kakehashi.jp", "boxxx1"})
    void aRealValueIsNoPlaceholder(String value) {
        assertFalse(ProductionSettingsRules.isPlaceholder(value), value);
    }

    @Test
    void noProblemEverCarriesTheValue() {
        settings.put("kakehashi.mail.password", "change-me-secret-value");
        settings.put("drs.token-keys", "k1:change-me");
        settings.put("lwa.client-secret", "TODO-secret");

        problems().forEach(problem -> {
            assertFalse(problem.logLine().contains("secret-value"), problem.logLine());
            assertFalse(problem.logLine().contains("k1:change-me"), problem.logLine());
            assertFalse(problem.logLine().contains("TODO-secret"), problem.logLine());
        });
        assertEquals(List.of("kakehashi.mail.password", "lwa.client-secret", "drs.token-keys"), problemSettings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://shop.kakehashi.jp", "shop.kakehashi.jp", "https://", "ftp://shop.kakehashi.jp"})
    void anAmazonEndpointOrThePublicUrlMustBeHttps(String url) {
        settings.put("kakehashi.public-url", url);
        settings.put("dash-replenishment/mp-rest/url", url);

        assertEquals(List.of("kakehashi.public-url", "dash-replenishment/mp-rest/url"), problemSettings());
    }

    @Test
    void theMerchantsPrivateKeyAsTextOrAsAReadableFile(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        settings.remove("amazon-pay.private-key");
        assertEquals(List.of("amazon-pay.private-key"), problemSettings());

        settings.put(
                "amazon-pay.private-key-file", folder.resolve("missing.pem").toString());
        assertEquals(List.of("amazon-pay.private-key-file"), problemSettings());

        Path file = Files.writeString(folder.resolve("key.pem"), SECRET_KEY_TEXT);
        settings.put("amazon-pay.private-key-file", file.toString());
        assertEquals(List.of(), problems());
    }

    @Test
    void loginWithAmazonsClientAsSettingsOrAsACredentialsFile(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        settings.remove("lwa.client-secret");
        assertEquals(List.of("lwa.client-secret"), problemSettings());

        settings.remove("lwa.client-id");
        settings.put(
                "lwa.credentials-file",
                Files.writeString(folder.resolve("lwa.properties"), "client_id=a\nclient_secret=b\n")
                        .toString());
        assertEquals(List.of(), problems());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"k1:change-me", "k1", ":" + "AAAA", "k1:not base64!", "k1:AAAAAAAAAAAAAAAAAAAAAA==", "k1:ok,k2"})
    void malformedTokenKeysAreAProblem(String keys) {
        settings.put("drs.token-keys", keys.replace("ok", KEY));

        assertEquals(List.of("drs.token-keys"), problemSettings());
    }

    @Test
    void tokenKeysMayRotateAndTheCurrentIdMustBeOneOfThem() {
        settings.put("drs.token-keys", "k1:" + KEY + ", k2:" + KEY);
        settings.put("drs.token-key-id", "k1");
        assertEquals(List.of(), problems());

        settings.put("drs.token-key-id", "k3");
        assertEquals(List.of("drs.token-key-id"), problemSettings());
    }

    @Test
    void tokenKeysMissingWithoutAKeyFileIsAProblem() {
        settings.remove("drs.token-keys");

        assertEquals(List.of("drs.token-keys"), problemSettings());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kakehashi-drs",
                "arn:aws:sns:us-east-1:1234:kakehashi-drs",
                "arn:aws:sqs:us-east-1:123456789012:q",
                "arn:aws:sns:us-east-1:123456789012:kakehashi-drs,nonsense"
            })
    void snsTopicsMustBeTopicArns(String arns) {
        settings.put("sns.topic-arns", arns);

        assertEquals(List.of("sns.topic-arns"), problemSettings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1024", "209999", "many", "-1"})
    void aWeakOrUnreadablePasswordHashWorkFactorIsAProblem(String iterations) {
        settings.put("member.password.hash-iterations", iterations);

        assertEquals(List.of("member.password.hash-iterations"), problemSettings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"210000", "600000"})
    void theDefaultWorkFactorOrAHigherOneIsFine(String iterations) {
        settings.put("member.password.hash-iterations", iterations);

        assertEquals(List.of(), problems());
    }

    @Test
    void severalTopicsAreFine() {
        settings.put("sns.topic-arns", "arn:aws:sns:us-east-1:123456789012:a, arn:aws:sns:eu-west-1:123456789012:b");

        assertEquals(List.of(), problems());
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        settings.remove("amazon-pay.store-id");
        settings.put("drs.token-keys", "k1:change-me");
        settings.put("kakehashi.public-url", "http://shop.kakehashi.jp");

        assertEquals(List.of("amazon-pay.store-id", "kakehashi.public-url", "drs.token-keys"), problemSettings());
    }

    @Test
    void xaNeedsPreparedTransactions() {
        assertTrue(ProductionSettingsRules.preparedTransactions(0)
                .orElseThrow()
                .logLine()
                .contains("max_prepared_transactions"));
        assertTrue(ProductionSettingsRules.preparedTransactions(64).isEmpty());
    }
}
