package jp.kakehashi.sandbox.lwa.token;

import static jp.kakehashi.sandbox.lwa.LwaSeedData.COFFEE_MODEL;
import static jp.kakehashi.sandbox.lwa.LwaSeedData.COFFEE_PRE_REGISTERED_SERIAL;
import static jp.kakehashi.sandbox.lwa.LwaSeedData.TEST_MODEL;
import static jp.kakehashi.sandbox.lwa.LwaSeedData.TEST_SERIAL_01;
import static jp.kakehashi.sandbox.lwa.LwaSeedData.TEST_SERIAL_02;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kakehashi.sandbox.lwa.LwaFixture;
import jp.kakehashi.sandbox.lwa.LwaSeedData;
import jp.kakehashi.sandbox.lwa.Seed003;
import jp.kakehashi.sandbox.lwa.domain.LwaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenGrantsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final String REDIRECT = "http://localhost:9080/app/drs/callback";

    @TempDir
    Path dir;

    private LwaFixture lwa;

    private LwaFixture lwa() {
        if (lwa == null) {
            lwa = new LwaFixture(dir);
        }
        return lwa;
    }

    private TokenResponse post(String contentType, String body) {
        return lwa().grants.handle(TokenRequestParser.parse(contentType, body.getBytes(StandardCharsets.UTF_8), null));
    }

    private LwaError refused(String contentType, String body) {
        return assertThrows(LwaError.class, () -> post(contentType, body));
    }

    private static void assertTokens(TokenResponse response, long expiresIn) {
        assertTrue(response.accessToken().startsWith("Atza|"), response.accessToken());
        assertTrue(response.refreshToken().startsWith("Atzr|"), response.refreshToken());
        assertEquals(expiresIn, response.expiresIn());
    }

    private static void assertError(LwaError error, int status, String code) {
        assertEquals(status, error.status(), error.description());
        assertEquals(code, error.error(), error.description());
    }

    @Test
    void seed003JsonBodyForTheWhitelistedDeviceAnswersTokens() {
        TokenResponse response = post(JSON, Seed003.json(TEST_SERIAL_01, TEST_MODEL));

        assertTokens(response, 3600);
        assertEquals(
                "{\"access_token\":\"" + response.accessToken() + "\",\"token_type\":\"bearer\",\"expires_in\":3600,"
                        + "\"refresh_token\":\"" + response.refreshToken() + "\"}",
                response.toJson());
    }

    @Test
    void seed003FormBodyForTheWhitelistedDeviceAnswersTokens() {
        assertTokens(post(FORM, Seed003.form(TEST_SERIAL_02, TEST_MODEL)), 3600);
    }

    @Test
    void seed003BodiesWithTheirPlaceholdersNameAModelThatIsNotLaunched() {
        assertError(refused(JSON, Seed003.JSON_BODY), 400, "invalid_scope");
        assertError(refused(FORM, Seed003.FORM_BODY), 400, "invalid_scope");
    }

    @Test
    void whitelistedTokensCannotReplenish() {
        TokenResponse response = post(JSON, Seed003.json(TEST_SERIAL_01, TEST_MODEL));

        TokenSubject subject = lwa().tokens
                .findValidAccessToken(response.accessToken())
                .orElseThrow()
                .subject();
        assertFalse(subject.replenishmentAllowed());
        assertEquals(LwaSeedData.TEST_DEVICE_CUSTOMER, subject.directedCustomerId());
    }

    @Test
    void anyValidClientMayUseTheWhitelistedDevice() {
        String body = Seed003.json(TEST_SERIAL_01, TEST_MODEL)
                .replace("\"foodev\"", "\"" + LwaFixture.DEMO_CLIENT_ID + "\"")
                .replace("Y76SDl2F", lwa().demoSecret());

        assertTokens(post(JSON, body), 3600);
    }

    @Test
    void theDemoClientExchangesItsOwnPreRegisteredDevice() {
        String body = preregistration(
                LwaFixture.DEMO_CLIENT_ID, lwa().demoSecret(), COFFEE_PRE_REGISTERED_SERIAL, COFFEE_MODEL);

        TokenResponse response = post(FORM, body);

        assertTokens(response, 3600);
        assertTrue(lwa().tokens
                .findValidAccessToken(response.accessToken())
                .orElseThrow()
                .subject()
                .replenishmentAllowed());
    }

    @Test
    void aSerialThatIsNotPreRegisteredIsAnInvalidGrant() {
        LwaError error = refused(JSON, Seed003.json("TEST_SERIAL_03", TEST_MODEL));

        assertError(error, 400, "invalid_grant");
        assertTrue(error.description().contains("device_serial_number"));
    }

    @Test
    void aSerialOutsideTheModelsFormatIsNotPreRegistered() {
        assertError(refused(JSON, Seed003.json("test_serial_01", TEST_MODEL)), 400, "invalid_grant");
    }

    @Test
    void aModelThatIsNotLaunchedIsAnInvalidScope() {
        LwaError error = refused(JSON, Seed003.json(TEST_SERIAL_01, "NO_SUCH_MODEL"));

        assertError(error, 400, "invalid_scope");
        assertTrue(error.description().contains("device_model"));
    }

    @Test
    void aModelLaunchedUnderOtherCredentialsIsAnUnauthorizedClient() {
        assertError(
                refused(JSON, Seed003.json(COFFEE_PRE_REGISTERED_SERIAL, COFFEE_MODEL)), 400, "unauthorized_client");
    }

    @Test
    void badClientCredentialsAreUnauthorized() {
        assertError(
                refused(JSON, Seed003.json(TEST_SERIAL_01, TEST_MODEL).replace("Y76SDl2F", "wrong")),
                401,
                "invalid_client");
        assertError(
                refused(JSON, Seed003.json(TEST_SERIAL_01, TEST_MODEL).replace("\"foodev\"", "\"nobody\"")),
                401,
                "invalid_client");
    }

    @Test
    void anUnsupportedGrantIsRefused() {
        assertError(
                refused(FORM, "grant_type=password&client_id=foodev&client_secret=Y76SDl2F"),
                400,
                "unsupported_grant_type");
    }

    @Test
    void missingParametersAreInvalidRequests() {
        assertError(refused(FORM, "client_id=foodev&client_secret=Y76SDl2F"), 400, "invalid_request");
        assertError(
                refused(
                        FORM,
                        "grant_type=device_preregistration&client_id=foodev&client_secret=Y76SDl2F&scope=dash%3Areplenish"),
                400,
                "invalid_request");
        assertError(
                refused(
                        FORM,
                        "grant_type=device_preregistration&client_secret=Y76SDl2F&scope=dash%3Areplenish&scope_data=%7B%7D"),
                400,
                "invalid_request");
        assertError(
                refused(
                        FORM,
                        "grant_type=device_preregistration&client_id=foodev&client_secret=Y76SDl2F&scope=dash%3Areplenish"
                                + "&scope_data=%7B%7D"),
                400,
                "invalid_request");
        assertError(
                refused(
                        FORM,
                        "grant_type=device_preregistration&client_id=foodev&client_secret=Y76SDl2F&scope=dash%3Areplenish"
                                + "&scope_data=not-json"),
                400,
                "invalid_request");
        assertError(
                refused(FORM, "grant_type=refresh_token&client_id=foodev&client_secret=Y76SDl2F"),
                400,
                "invalid_request");
    }

    @Test
    void anotherScopeIsAnInvalidScope() {
        assertError(
                refused(JSON, Seed003.json(TEST_SERIAL_01, TEST_MODEL).replace("dash:replenish", "profile")),
                400,
                "invalid_scope");
    }

    @Test
    void refreshAnswersANewPairAndRevokesTheOldRefreshToken() {
        TokenResponse first = post(JSON, Seed003.json(TEST_SERIAL_01, TEST_MODEL));

        TokenResponse second = post(FORM, refresh(first.refreshToken(), "foodev", "Y76SDl2F"));

        assertTokens(second, 3600);
        assertNotEquals(first.accessToken(), second.accessToken());
        assertNotEquals(first.refreshToken(), second.refreshToken());
        LwaError reused = refused(FORM, refresh(first.refreshToken(), "foodev", "Y76SDl2F"));
        assertError(reused, 400, "invalid_grant");
        assertEquals("The request has an invalid grant parameter : refresh_token", reused.description());
        assertTokens(post(FORM, refresh(second.refreshToken(), "foodev", "Y76SDl2F")), 3600);
    }

    @Test
    void aRefreshTokenWorksOnlyForItsClientAndSurvivesAnotherClientsAttempt() {
        TokenResponse first = post(JSON, Seed003.json(TEST_SERIAL_01, TEST_MODEL));

        assertError(
                refused(FORM, refresh(first.refreshToken(), LwaFixture.DEMO_CLIENT_ID, lwa().demoSecret())),
                400,
                "invalid_grant");
        assertError(refused(FORM, refresh(first.refreshToken(), "foodev", "wrong")), 401, "invalid_client");
        assertTokens(post(FORM, refresh(first.refreshToken(), "foodev", "Y76SDl2F")), 3600);
    }

    @Test
    void accessTokensExpireAfterTheConfiguredLifetimeAndRefreshStillWorks() {
        TokenResponse first = post(JSON, Seed003.json(TEST_SERIAL_01, TEST_MODEL));
        lwa().clock.advance(Duration.ofMinutes(59));
        assertTrue(lwa().tokens.findValidAccessToken(first.accessToken()).isPresent());

        lwa().clock.advance(Duration.ofMinutes(1));

        assertTrue(lwa().tokens.findValidAccessToken(first.accessToken()).isEmpty());
        assertTokens(post(FORM, refresh(first.refreshToken(), "foodev", "Y76SDl2F")), 3600);
    }

    @Test
    void expiresInFollowsTheConfiguredLifetime() {
        IssuedTokens tokens = new IssuedTokens(() -> Duration.ofSeconds(2), lwa().clock);

        TokenResponse response = tokens.issue(
                new TokenSubject("foodev", "amzn1.account.A1", TEST_MODEL, TEST_SERIAL_01, "dash:replenish", false));

        assertEquals(2, response.expiresIn());
        lwa().clock.advance(Duration.ofSeconds(2));
        assertTrue(tokens.findValidAccessToken(response.accessToken()).isEmpty());
    }

    @Test
    void anAuthorizationCodeIsExchangedOnce() {
        String code = consent(null, null);

        assertTokens(post(FORM, codeExchange(code, REDIRECT, null)), 3600);
        assertError(refused(FORM, codeExchange(code, REDIRECT, null)), 400, "invalid_grant");
    }

    @Test
    void anExpiredAuthorizationCodeIsRefused() {
        String code = consent(null, null);
        lwa().clock.advance(Duration.ofMinutes(5));

        assertError(refused(FORM, codeExchange(code, REDIRECT, null)), 400, "invalid_grant");
    }

    @Test
    void aCodeNeedsTheSameRedirectUriAndClient() {
        assertError(
                refused(FORM, codeExchange(consent(null, null), "http://localhost:9080/other", null)),
                400,
                "invalid_grant");
        assertError(
                refused(
                        FORM,
                        codeExchange(consent(null, null), REDIRECT, null)
                                .replace(enc(LwaFixture.DEMO_CLIENT_ID), "foodev")
                                .replace(lwa().demoSecret(), "Y76SDl2F")),
                400,
                "invalid_grant");
        assertError(
                refused(FORM, "grant_type=authorization_code&code=x&client_id=foodev&client_secret=Y76SDl2F"),
                400,
                "invalid_request");
    }

    @Test
    void pkceS256NeedsTheMatchingVerifier() {
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        String challenge = Pkce.s256(verifier);

        assertTokens(post(FORM, codeExchange(consent(challenge, "S256"), REDIRECT, verifier)), 3600);
        assertError(
                refused(FORM, codeExchange(consent(challenge, "S256"), REDIRECT, verifier.replace('d', 'e'))),
                400,
                "invalid_grant");
        assertError(refused(FORM, codeExchange(consent(challenge, "S256"), REDIRECT, null)), 400, "invalid_request");
        assertError(refused(FORM, codeExchange(consent(null, null), REDIRECT, verifier)), 400, "invalid_grant");
    }

    @Test
    void pkcePlainComparesTheVerifierItself() {
        String verifier = "a".repeat(43);

        assertTokens(post(FORM, codeExchange(consent(verifier, "plain"), REDIRECT, verifier)), 3600);
    }

    @Test
    void aCodesTokensSpeakForTheConsentingCustomersDevice() {
        TokenResponse response = post(FORM, codeExchange(consent(null, null), REDIRECT, null));

        TokenSubject subject = lwa().tokens
                .findValidAccessToken(response.accessToken())
                .orElseThrow()
                .subject();
        assertEquals(LwaSeedData.TARO.directedCustomerId(), subject.directedCustomerId());
        assertEquals("KCF01-12345678", subject.serial());
    }

    private String consent(String challenge, String method) {
        return lwa().codes
                .issue(new AuthorizationCodes.Consent(
                        LwaFixture.DEMO_CLIENT_ID,
                        REDIRECT,
                        challenge,
                        method,
                        LwaSeedData.TARO.directedCustomerId(),
                        COFFEE_MODEL,
                        "KCF01-12345678",
                        List.of("B0KKHCOF01"),
                        false,
                        true));
    }

    private String codeExchange(String code, String redirectUri, String verifier) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                redirectUri,
                "client_id",
                LwaFixture.DEMO_CLIENT_ID,
                "client_secret",
                lwa().demoSecret()));
        if (verifier != null) {
            fields.put("code_verifier", verifier);
        }
        return formOf(fields);
    }

    private static String refresh(String refreshToken, String clientId, String secret) {
        return formOf(Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                refreshToken,
                "client_id",
                clientId,
                "client_secret",
                secret));
    }

    private static String preregistration(String clientId, String secret, String serial, String model) {
        return formOf(Map.of(
                "grant_type",
                "device_preregistration",
                "client_id",
                clientId,
                "client_secret",
                secret,
                "scope",
                "dash:replenish",
                "scope_data",
                "{\"product_instance_attributes\":{\"device_serial_number\":\"" + serial + "\",\"device_model\":\""
                        + model + "\"}}"));
    }

    private static String formOf(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(enc(name))
                .append('=')
                .append(enc(value)));
        return form.toString();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
