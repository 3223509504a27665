package jp.kakehashi.sandbox.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Get Buyer over HTTP, signed with the demo private key that the sandbox generated in its data folder. */
class GetBuyerIT {

    private static final String ALL_SCOPES =
            "[\"name\",\"email\",\"postalCode\",\"shippingAddress\",\"phoneNumber\",\"billingAddress\"]";
    private static final String V2 = "AMZN-PAY-RSASSA-PSS-V2";
    private static final String V1 = "AMZN-PAY-RSASSA-PSS";

    private final Http http = new Http();
    private PrivateKey key;

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @AfterEach
    void clearFaults() {
        http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/faults"))
                .DELETE()
                .build());
    }

    private PrivateKey key() {
        if (key == null) {
            key = DemoMerchant.privateKey();
        }
        return key;
    }

    private HttpResponse<String> getBuyer(String path, Map<String, String> headers, String algorithm, String keyId) {
        return http.send(DemoMerchant.signedGet(path, headers, algorithm, keyId, key()));
    }

    @Test
    void aSignedRequestGetsTheBuyerOfSeed000() {
        String token = DemoMerchant.issueToken(http, "pay-tester", ALL_SCOPES);

        HttpResponse<String> response = getBuyer(
                "/amazon-sandbox/api/pay/v2/buyers/" + token,
                DemoMerchant.headers(DemoMerchant.now(), "JP"),
                V2,
                DemoMerchant.PUBLIC_KEY_ID);

        assertEquals(200, response.statusCode(), response.body());
        assertRequestId(response);
        JsonObject buyer = json(response);
        assertEquals("Pay Tester", buyer.getString("name"));
        assertEquals("jp-amazonpay-tester@amazon.co.jp", buyer.getString("email"));
        assertEquals(
                "目黒区下目黒1-8-1 メゾン・コート 101号",
                buyer.getJsonObject("shippingAddress").getString("addressLine1"));
        assertEquals("目黒セントラルスクエア", buyer.getJsonObject("billingAddress").getString("addressLine2"));
        assertEquals(JsonValue.NULL, buyer.get("primeMembershipTypes"));
    }

    @Test
    void theEnvironmentPathTheFirstAlgorithmIsoDatesAndALowerCaseRegionAreAccepted() {
        String token = DemoMerchant.issueToken(http, "gift-card-only", ALL_SCOPES);
        String isoDate = ZonedDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .toInstant()
                .toString();

        HttpResponse<String> response = getBuyer(
                "/amazon-sandbox/api/pay/sandbox/v2/buyers/" + token,
                DemoMerchant.headers(isoDate, "jp"),
                V1,
                DemoMerchant.PUBLIC_KEY_ID);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(JsonValue.NULL, json(response).get("billingAddress"));
    }

    @Test
    void onlyTheScopesThePayloadAskedForAreReturned() {
        String token = DemoMerchant.issueToken(http, "tricky", "[\"email\"]");

        JsonObject buyer = json(getBuyer(
                "/amazon-sandbox/api/pay/v2/buyers/" + token,
                DemoMerchant.headers(DemoMerchant.now(), "JP"),
                V2,
                DemoMerchant.PUBLIC_KEY_ID));

        assertEquals("o'brien&sons+<test>@example.jp", buyer.getString("email"));
        assertTrue(buyer.getString("buyerId").startsWith("amzn1.account."));
        assertEquals(JsonValue.NULL, buyer.get("name"));
        assertEquals(JsonValue.NULL, buyer.get("shippingAddress"));
    }

    @Test
    void aMissingHeaderIs400MissingHeader() {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/pay/v2/buyers/x"))
                        .header("x-amz-pay-region", "JP")
                        .GET()
                        .build());

        assertError(response, 400, "MissingHeader");
    }

    @Test
    void aBadDateIs400InvalidHeaderValue() {
        HttpResponse<String> response = getBuyer(
                "/amazon-sandbox/api/pay/v2/buyers/x",
                DemoMerchant.headers("20000101T000000Z", "JP"),
                V2,
                DemoMerchant.PUBLIC_KEY_ID);

        assertError(response, 400, "InvalidHeaderValue");
    }

    @Test
    void aTamperedHeaderIs401InvalidRequestSignature() {
        String token = DemoMerchant.issueToken(http, "pay-tester", ALL_SCOPES);
        HttpRequest signed = DemoMerchant.signedGet(
                "/amazon-sandbox/api/pay/v2/buyers/" + token,
                DemoMerchant.headers(DemoMerchant.now(), "JP"),
                V2,
                DemoMerchant.PUBLIC_KEY_ID,
                key());
        HttpRequest.Builder tampered = HttpRequest.newBuilder(signed.uri()).GET();
        signed.headers()
                .map()
                .forEach((name, values) ->
                        tampered.header(name, name.equals("x-amz-pay-host") ? "pay-api.amazon.jp" : values.get(0)));

        assertError(http.send(tampered.build()), 401, "InvalidRequestSignature");
    }

    @Test
    void anUnknownPublicKeyIdIs401UnauthorizedAccess() {
        HttpResponse<String> response = getBuyer(
                "/amazon-sandbox/api/pay/v2/buyers/x",
                DemoMerchant.headers(DemoMerchant.now(), "JP"),
                V2,
                "SANDBOX-AHNOTREGISTERED0000000001");

        assertError(response, 401, "UnauthorizedAccess");
    }

    @Test
    void theWrongEnvironmentIs401UnauthorizedAccess() {
        HttpResponse<String> response = getBuyer(
                "/amazon-sandbox/api/pay/live/v2/buyers/x",
                DemoMerchant.headers(DemoMerchant.now(), "JP"),
                V2,
                DemoMerchant.PUBLIC_KEY_ID);

        assertError(response, 401, "UnauthorizedAccess");
    }

    @Test
    void anUnknownTokenIs400InvalidParameterValue() {
        HttpResponse<String> response = getBuyer(
                "/amazon-sandbox/api/pay/v2/buyers/26be7331-7dc2-4722-be22-f7e75582d3ef",
                DemoMerchant.headers(DemoMerchant.now(), "JP"),
                V2,
                DemoMerchant.PUBLIC_KEY_ID);

        assertError(response, 400, "InvalidParameterValue");
    }

    @Test
    void evenAnUnknownPathAnswersWithARequestId() {
        assertRequestId(http.get("/amazon-sandbox/api/pay/v3/nothing"));
    }

    @Test
    void anInjectedFaultAndTheRealAnswerCoexist() {
        String token = DemoMerchant.issueToken(http, "pay-tester", ALL_SCOPES);
        HttpResponse<String> put =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/faults/GET_BUYER"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"latencyMillis\":0,\"status\":503,\"dropConnection\":false,\"times\":1}"))
                        .build());
        assertEquals(204, put.statusCode());

        HttpResponse<String> faulted = getBuyer(
                "/amazon-sandbox/api/pay/v2/buyers/" + token,
                DemoMerchant.headers(DemoMerchant.now(), "JP"),
                V2,
                DemoMerchant.PUBLIC_KEY_ID);
        HttpResponse<String> retried = getBuyer(
                "/amazon-sandbox/api/pay/v2/buyers/" + token,
                DemoMerchant.headers(DemoMerchant.now(), "JP"),
                V2,
                DemoMerchant.PUBLIC_KEY_ID);

        assertError(faulted, 503, "ServiceUnavailable");
        assertEquals(1, faulted.headers().allValues("x-amz-pay-request-id").size());
        assertEquals(200, retried.statusCode(), retried.body());
        assertRequestId(retried);
    }

    private static void assertError(HttpResponse<String> response, int status, String reasonCode) {
        assertEquals(status, response.statusCode(), response.body());
        assertRequestId(response);
        JsonObject body = json(response);
        assertEquals(reasonCode, body.getString("reasonCode"), response.body());
        assertTrue(!body.getString("message").isBlank());
    }

    private static void assertRequestId(HttpResponse<String> response) {
        assertEquals(
                1,
                response.headers().allValues("x-amz-pay-request-id").size(),
                response.headers().toString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
