package jp.kakehashi.sandbox.lwa;

import static jp.kakehashi.sandbox.lwa.LwaSandbox.FORM;
import static jp.kakehashi.sandbox.lwa.LwaSandbox.JSON;
import static jp.kakehashi.sandbox.lwa.LwaSandbox.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /amazon-sandbox/api/lwa/auth/o2/token} over HTTP, as Kakehashi will call it. */
class LwaTokenEndpointIT {

    private static final String TEST_MODEL = "TEST_MODEL_DRS_PREREG_01";

    private final LwaSandbox lwa = new LwaSandbox();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void seed003JsonBodyForTheWhitelistedDeviceAnswersTokens() {
        HttpResponse<String> response = lwa.token(JSON, LwaSandbox.seedJson("TEST_SERIAL_01", TEST_MODEL));

        assertTokens(response);
    }

    @Test
    void seed003FormBodyForTheWhitelistedDeviceAnswersTokens() {
        assertTokens(lwa.token(FORM, LwaSandbox.seedForm("TEST_SERIAL_02", TEST_MODEL)));
    }

    @Test
    void seed003BodiesAsPrintedNameAPlaceholderModelThatIsNotLaunched() {
        assertError(lwa.token(JSON, LwaSandbox.SEED_JSON_BODY), 400, "invalid_scope");
        assertError(lwa.token(FORM, LwaSandbox.SEED_FORM_BODY), 400, "invalid_scope");
    }

    @Test
    void seed003sThreeErrorsAnswer400() {
        assertError(lwa.token(JSON, LwaSandbox.seedJson("TEST_SERIAL_99", TEST_MODEL)), 400, "invalid_grant");
        assertError(lwa.token(JSON, LwaSandbox.seedJson("TEST_SERIAL_01", "NOT_LAUNCHED_01")), 400, "invalid_scope");
        assertError(
                lwa.token(JSON, LwaSandbox.seedJson("KCF01-00000001", "KAKEHASHI_COFFEE_01")),
                400,
                "unauthorized_client");
    }

    @Test
    void badClientCredentialsAnswer401() {
        assertError(
                lwa.token(
                        FORM, LwaSandbox.seedForm("TEST_SERIAL_01", TEST_MODEL).replace("Y76SDl2F", "nope")),
                401,
                "invalid_client");
    }

    @Test
    void unsupportedGrantMissingParametersAndWrongContentTypeAnswer400() {
        assertError(
                lwa.token(FORM, "grant_type=client_credentials&client_id=foodev&client_secret=Y76SDl2F"),
                400,
                "unsupported_grant_type");
        assertError(
                lwa.token(FORM, "grant_type=device_preregistration&client_id=foodev&client_secret=Y76SDl2F"),
                400,
                "invalid_request");
        assertError(lwa.token("text/plain", LwaSandbox.seedForm("TEST_SERIAL_01", TEST_MODEL)), 400, "invalid_request");
        assertError(lwa.token(JSON, "{not json"), 400, "invalid_request");
    }

    @Test
    void refreshRotatesThePairAndTheOldRefreshTokenStopsWorking() {
        JsonObject first = json(lwa.token(JSON, LwaSandbox.seedJson("TEST_SERIAL_01", TEST_MODEL)));
        String refresh = LwaSandbox.form(Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                first.getString("refresh_token"),
                "client_id",
                "foodev",
                "client_secret",
                "Y76SDl2F"));

        HttpResponse<String> second = lwa.token(FORM, refresh);
        HttpResponse<String> again = lwa.token(FORM, refresh);

        assertTokens(second);
        assertNotEquals(first.getString("refresh_token"), json(second).getString("refresh_token"));
        assertNotEquals(first.getString("access_token"), json(second).getString("access_token"));
        assertError(again, 400, "invalid_grant");
    }

    @Test
    void theDemoClientUsesTheSecretTheSandboxGenerated() {
        String body = LwaSandbox.form(
                Map.of(
                        "grant_type",
                        "device_preregistration",
                        "client_id",
                        LwaSandbox.DEMO_CLIENT_ID,
                        "client_secret",
                        LwaSandbox.demoSecret(),
                        "scope",
                        "dash:replenish",
                        "scope_data",
                        "{\"product_instance_attributes\":{\"device_serial_number\":\"KCF01-00000001\",\"device_model\":\"KAKEHASHI_COFFEE_01\"}}"));

        assertTokens(lwa.token(FORM, body));
        assertTokens(lwa.token(
                JSON,
                LwaSandbox.seedJson("TEST_SERIAL_01", TEST_MODEL)
                        .replace("\"foodev\"", "\"" + LwaSandbox.DEMO_CLIENT_ID + "\"")
                        .replace("Y76SDl2F", LwaSandbox.demoSecret())));
    }

    static void assertTokens(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        JsonObject body = json(response);
        assertTrue(body.getString("access_token").startsWith("Atza|"), response.body());
        assertTrue(body.getString("refresh_token").startsWith("Atzr|"), response.body());
        assertEquals("bearer", body.getString("token_type"));
        assertEquals(3600, body.getInt("expires_in"));
    }

    static void assertError(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        JsonObject body = json(response);
        assertEquals(error, body.getString("error"), response.body());
        assertTrue(!body.getString("error_description").isBlank());
    }
}
