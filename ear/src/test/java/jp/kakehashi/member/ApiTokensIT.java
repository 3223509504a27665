package jp.kakehashi.member;

import static jp.kakehashi.testsupport.SandboxDevices.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Credentials fit for apps and devices: the app signs in once and calls with short-lived Bearer tokens renewed by
 * refresh tokens that are spent on use (a replayed one ends the sign-in); a device's own credential reaches its slots
 * only and dies with its place on the member's account.
 */
class ApiTokensIT {

    private static final String PASSWORD = "bearer token password";

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void theAppSignsInOnceAndCallsWithItsAccessToken() {
        String email = ShopPages.newMember("bearer", "トークン 花子", PASSWORD);

        JsonObject tokens =
                json(token("grant_type=password&username=" + encode(email) + "&password=" + encode(PASSWORD)));

        assertEquals("Bearer", tokens.getString("token_type"));
        assertTrue(tokens.getJsonNumber("expires_in").longValue() > 800
                && tokens.getString("access_token").startsWith("kka_"));
        assertEquals(200, get("/api/devices", tokens.getString("access_token")).statusCode());
        HttpResponse<String> garbage = get("/api/devices", "kka_not-a-token");
        assertEquals(401, garbage.statusCode());
        assertTrue(garbage.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));

        HttpResponse<String> wrong = token("grant_type=password&username=" + encode(email) + "&password=wrong");
        assertEquals(400, wrong.statusCode());
        assertEquals("invalid_grant", json(wrong).getString("error"));
        assertEquals(400, token("grant_type=client_credentials").statusCode());
    }

    @Test
    void aRefreshTokenWorksOnceAndAReplayedOneEndsTheSignIn() {
        String email = ShopPages.newMember("refresh", "更新 次郎", PASSWORD);
        JsonObject first =
                json(token("grant_type=password&username=" + encode(email) + "&password=" + encode(PASSWORD)));

        JsonObject second =
                json(token("grant_type=refresh_token&refresh_token=" + encode(first.getString("refresh_token"))));
        assertNotEquals(first.getString("access_token"), second.getString("access_token"));
        assertEquals(200, get("/api/devices", second.getString("access_token")).statusCode());

        HttpResponse<String> replay =
                token("grant_type=refresh_token&refresh_token=" + encode(first.getString("refresh_token")));
        assertEquals(400, replay.statusCode(), "a spent refresh token is refused");
        assertEquals(
                401, get("/api/devices", second.getString("access_token")).statusCode(), "and the whole sign-in ends");
        assertEquals(
                400,
                token("grant_type=refresh_token&refresh_token=" + encode(second.getString("refresh_token")))
                        .statusCode());
    }

    @Test
    void revokingSignsTheAppOut() {
        String email = ShopPages.newMember("revoke", "取消 三郎", PASSWORD);
        JsonObject tokens =
                json(token("grant_type=password&username=" + encode(email) + "&password=" + encode(PASSWORD)));

        assertEquals(
                200,
                post("/api/auth/revoke", "token=" + encode(tokens.getString("access_token")))
                        .statusCode());

        assertEquals(401, get("/api/devices", tokens.getString("access_token")).statusCode());
        assertEquals(
                400,
                token("grant_type=refresh_token&refresh_token=" + encode(tokens.getString("refresh_token")))
                        .statusCode());
    }

    @Test
    void aDevicesCredentialReachesItsOwnSlotsOnlyAndDiesWithItsRemoval() {
        AmazonCustomer customer = AmazonCustomer.register(http, PASSWORD);
        String email = customer.email();
        MemberApi member = customer.api(http);
        String serial = customer.deviceRegisteredToMe(http);
        String other = customer.deviceRegisteredToMe(http);
        assertEquals(201, member.setUp(MODEL, serial).statusCode());
        assertEquals(201, member.setUp(MODEL, other).statusCode());

        HttpResponse<String> issued = http.send(member.authorized(HttpRequest.newBuilder(
                        KakehashiServer.uri("/api/devices/" + MODEL + "/" + serial + "/credentials")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(201, issued.statusCode(), issued.body());
        String credential = json(issued).getString("credential");

        assertEquals(
                200,
                put("/api/devices/" + MODEL + "/" + serial + "/slots/coffee-beans", credential)
                        .statusCode());
        assertEquals(
                403,
                put("/api/devices/" + MODEL + "/" + other + "/slots/coffee-beans", credential)
                        .statusCode(),
                "another device");
        assertEquals(403, get("/api/devices", credential).statusCode(), "the member's device list");

        assertEquals(204, member.remove(MODEL, serial).statusCode());
        assertEquals(
                401,
                put("/api/devices/" + MODEL + "/" + serial + "/slots/coffee-beans", credential)
                        .statusCode(),
                "revoked with the device's removal");
    }

    private HttpResponse<String> token(String form) {
        return post("/api/auth/token", form);
    }

    private HttpResponse<String> post(String path, String form) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private HttpResponse<String> get(String path, String bearer) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri(path))
                .header("Authorization", "Bearer " + bearer)
                .GET()
                .build());
    }

    private HttpResponse<String> put(String path, String bearer) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri(path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"remainingQuantityInUnit\":90,\"originalQuantityInUnit\":100}"))
                .build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
