package jp.kakehashi.drs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.kakehashi.testsupport.AdminApi;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The companion app API (the DRS pre-registration guide, pull) over HTTP with a member's credentials, and its OpenAPI document. */
class DeviceApiIT {

    private static final String PASSWORD = "companion app password";

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void aPreRegisteredDeviceIsSetUpAndTheAppSkipsTheTeaser() {
        AmazonCustomer customer = AmazonCustomer.register(http, PASSWORD);
        String member = customer.email();
        String serial = customer.deviceRegisteredToMe(http);

        HttpResponse<String> setUp =
                post(member, PASSWORD, "{\"modelId\":\"KAKEHASHI_COFFEE_01\",\"serialNumber\":\"" + serial + "\"}");

        assertEquals(201, setUp.statusCode(), setUp.body());
        JsonObject answer = json(setUp.body());
        assertEquals("SET_UP", answer.getString("outcome"));
        assertTrue(answer.getBoolean("skipTeaser"));
        String devices = http.send(
                        authorized(member, PASSWORD, HttpRequest.newBuilder(KakehashiServer.uri("/api/devices")))
                                .GET()
                                .build())
                .body();
        assertTrue(
                devices.contains("\"serialNumber\":\"" + serial + "\"") && devices.contains("\"status\":\"SET_UP\""),
                devices);
        assertFalse(devices.contains("Atza|") || devices.contains("Atzr|"), "no token value in the API");
    }

    /**
     * The DRS pre-registration guide's refresh by the timer (drs.timers.period, seconds on the test server): with access tokens that live 5 minutes (less than the 10-minute margin),
     * a device set up now falls due at once, and the timer refreshes it within its period without anyone asking.
     */
    @Test
    void theTimerRefreshesTokensThatFallDueAfterAShortLifetime() {
        AmazonCustomer customer = AmazonCustomer.register(http, PASSWORD);
        String member = customer.email();
        String serial = customer.deviceRegisteredToMe(http);
        setAccessTokenLifetime("PT5M");
        try {
            java.time.Instant setUpAt = java.time.Instant.now();
            HttpResponse<String> setUp =
                    post(member, PASSWORD, "{\"modelId\":\"KAKEHASHI_COFFEE_01\",\"serialNumber\":\"" + serial + "\"}");
            assertEquals(201, setUp.statusCode(), setUp.body());

            // Nobody asks: the timer finds the new tokens due and refreshes them (the setup itself refreshes nothing)
            JsonObject refreshed = Await.present(
                    () -> Optional.of(device(member, serial))
                            .filter(device -> device.containsKey("lastRefreshedAt")
                                    && !device.isNull("lastRefreshedAt")
                                    && java.time.Instant.parse(device.getString("lastRefreshedAt"))
                                            .isAfter(setUpAt)),
                    Duration.ofSeconds(60));

            assertEquals("SET_UP", refreshed.getString("status"));
            assertEquals("ACTIVE", refreshed.getString("tokenState"));
        } finally {
            http.send(
                    HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/lwa/access-token-lifetime"))
                            .DELETE()
                            .build());
        }
    }

    /** An admin makes every device's tokens due: they are refreshed at once, not at the next minute. */
    @Test
    void anAdminRefreshesEveryDevicesTokensAtOnce() {
        AmazonCustomer customer = AmazonCustomer.register(http, PASSWORD);
        String member = customer.email();
        List<String> serials = List.of(
                customer.deviceRegisteredToMe(http),
                customer.deviceRegisteredToMe(http),
                customer.deviceRegisteredToMe(http));
        for (String serial : serials) {
            HttpResponse<String> setUp =
                    post(member, PASSWORD, "{\"modelId\":\"KAKEHASHI_COFFEE_01\",\"serialNumber\":\"" + serial + "\"}");
            assertEquals(201, setUp.statusCode(), setUp.body());
        }

        HttpResponse<String> crossSite =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin/devices/tokens/refresh"))
                        .header("Authorization", AdminPages.basicAuthorization())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("all=true"))
                        .build());
        assertEquals(415, crossSite.statusCode(), "what a cross-site form can send is refused");
        HttpResponse<String> refresh = new AdminApi(http).post("/devices/tokens/refresh", "{}");

        assertEquals(202, refresh.statusCode(), refresh.body());
        assertTrue(json(refresh.body()).getInt("madeDue") >= serials.size(), refresh.body());
        for (String serial : serials) {
            Await.present(
                    () -> Optional.of(device(member, serial))
                            .filter(device ->
                                    device.containsKey("lastRefreshedAt") && !device.isNull("lastRefreshedAt")),
                    Duration.ofSeconds(30));
        }
        JsonObject counts = json(http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin/devices/tokens"))
                        .header("Authorization", AdminPages.basicAuthorization())
                        .GET()
                        .build())
                .body());
        assertTrue(counts.getJsonNumber("active").longValue() >= serials.size(), counts.toString());
        assertTrue(counts.containsKey("due") && counts.containsKey("needsSetup"), counts.toString());

        HttpResponse<String> asMember = http.send(authorized(
                        member,
                        PASSWORD,
                        HttpRequest.newBuilder(KakehashiServer.uri("/api/admin/devices/tokens/refresh")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertTrue(
                asMember.statusCode() == 401 || asMember.statusCode() == 403,
                "members may not: " + asMember.statusCode());
    }

    private void setAccessTokenLifetime(String lifetime) {
        HttpResponse<String> set = http.send(
                HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/lwa/access-token-lifetime"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"lifetime\":\"" + lifetime + "\"}"))
                        .build());
        assertEquals(200, set.statusCode(), set.body());
    }

    private JsonObject device(String member, String serial) {
        String devices = http.send(
                        authorized(member, PASSWORD, HttpRequest.newBuilder(KakehashiServer.uri("/api/devices")))
                                .GET()
                                .build())
                .body();
        return Json.createReader(new StringReader(devices)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(device -> device.getString("serialNumber").equals(serial))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no device " + serial + " in " + devices));
    }

    @Test
    void aDeviceThatWasNotPreRegisteredGetsTheTeaser() {
        String member = ShopPages.newMember("api", "アプリ 花子", PASSWORD);
        String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));

        HttpResponse<String> setUp =
                post(member, PASSWORD, "{\"modelId\":\"KAKEHASHI_COFFEE_01\",\"serialNumber\":\"" + serial + "\"}");

        assertEquals(200, setUp.statusCode(), setUp.body());
        JsonObject answer = json(setUp.body());
        assertEquals("NOT_PRE_REGISTERED", answer.getString("outcome"));
        assertFalse(answer.getBoolean("skipTeaser"));
        assertTrue(answer.getString("teaserUrl").startsWith("/member/drs-teaser.xhtml?model=KAKEHASHI_COFFEE_01"));
    }

    @Test
    void badInputIsABadRequest() {
        String member = ShopPages.newMember("api", "アプリ 花子", PASSWORD);

        assertEquals(
                400,
                post(member, PASSWORD, "{\"modelId\":\"TEST_MODEL_DRS_PREREG_01\",\"serialNumber\":\"WRONG\"}")
                        .statusCode());
        assertEquals(
                400,
                post(member, PASSWORD, "{\"modelId\":\"NO_SUCH_MODEL\",\"serialNumber\":\"X\"}")
                        .statusCode());
        assertEquals(
                400,
                post(member, PASSWORD, "{\"modelId\":\"TEST_MODEL_DRS_PREREG_01\"}")
                        .statusCode());
        assertEquals(400, post(member, PASSWORD, "not json").statusCode());
    }

    @Test
    void withoutValidCredentialsTheAnswerIsAChallenge() {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices"))
                .GET()
                .build());
        HttpResponse<String> wrongPassword =
                post("nobody-" + UUID.randomUUID() + "@example.jp", "wrong password", "{}");

        assertEquals(401, anonymous.statusCode());
        // Both schemes the API takes: Bearer tokens (the app's sign-in) and, for compatibility, Basic
        List<String> challenges = anonymous.headers().allValues("WWW-Authenticate");
        assertTrue(
                challenges.stream().anyMatch(challenge -> challenge.startsWith("Bearer"))
                        && challenges.stream().anyMatch(challenge -> challenge.startsWith("Basic")),
                challenges.toString());
        assertEquals(401, wrongPassword.statusCode());
    }

    @Test
    void passwordGuessingIsAnsweredTooManyRequests() {
        String account = "guessed-" + UUID.randomUUID() + "@example.jp";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, post(account, "guess " + attempt, "{}").statusCode(), "attempt " + attempt);
        }

        HttpResponse<String> throttled = post(account, "guess 6", "{}");

        assertEquals(429, throttled.statusCode(), throttled.body());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> document = http.get("/openapi");

        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/api/devices/setup"), document.body());
        assertTrue(document.body().contains("Kakehashi companion app API"));
    }

    private HttpResponse<String> post(String email, String password, String json) {
        return http.send(authorized(email, password, HttpRequest.newBuilder(KakehashiServer.uri("/api/devices/setup")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static HttpRequest.Builder authorized(String email, String password, HttpRequest.Builder request) {
        return request.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
