package jp.kakehashi.hardening;

import static jp.kakehashi.testsupport.SandboxDevices.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's tokens and a device's credential open the member API and nothing else: however the path is spelled to
 * start with /api/ and still reach a page, the page is not shown. A device credential expires, shows on the API without
 * its value, renews itself, and dies when the member signs out everywhere.
 */
class CredentialLanesIT {

    private static final String PASSWORD = "lanes password 26";

    /** Spellings that start with /api (or are not plain) and that a container may route to a member's page. */
    private static final List<String> PAGE_BEHIND_API = List.of(
            "/api/../member/account.xhtml",
            "/api/%2e%2e/member/account.xhtml",
            "/api/%2E%2E/member/account.xhtml",
            "/api/%2e%2e%2fmember/account.xhtml",
            "/api/..%2fmember/account.xhtml",
            "/api;x/../member/account.xhtml",
            "/api/..;/member/account.xhtml",
            "/api/devices/../../member/account.xhtml",
            "/api/./../member/devices.xhtml",
            "/api//../member/account.xhtml",
            "//member/account.xhtml",
            "//api/../member/account.xhtml",
            "/member/account.xhtml");

    private static final Set<Integer> REFUSED = Set.of(400, 401, 403, 404);

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void neitherAnAppTokenNorADeviceCredentialOpensAPage() {
        Member member = memberWithADevice();

        for (String target : PAGE_BEHIND_API) {
            for (String credential : List.of(member.accessToken(), member.deviceCredential())) {
                RawHttp.Response answer =
                        RawHttp.send("GET", target, Map.of("Authorization", "Bearer " + credential), null);
                String kind = credential.substring(0, 4);
                assertTrue(REFUSED.contains(answer.status()), kind + " " + target + " answered " + answer.status());
                assertFalse(answer.body().contains(member.email()), kind + " " + target + " showed the member's page");
            }
        }
        // HTTP Basic is the API's too: on a page it is ignored, and the login page follows
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((member.email() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String target : PAGE_BEHIND_API) {
            RawHttp.Response answer = RawHttp.send("GET", target, Map.of("Authorization", basic), null);
            assertTrue(
                    answer.status() != 200 && !answer.body().contains(member.email()),
                    "Basic " + target + " answered " + answer.status());
        }
        // Still what they are for
        assertEquals(
                200,
                http.send(bearer(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices")), member.accessToken())
                                .GET()
                                .build())
                        .statusCode());
        assertEquals(
                200,
                http.send(bearer(HttpRequest.newBuilder(KakehashiServer.uri(slot(member))), member.deviceCredential())
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(
                                        "{\"remainingQuantityInUnit\":90,\"originalQuantityInUnit\":100}"))
                                .build())
                        .statusCode());
    }

    @Test
    void aDeviceCredentialShowsWithoutItsValueAndRenewsItself() {
        Member member = memberWithADevice();
        String credentials = "/api/devices/" + MODEL + "/" + member.serial() + "/credentials";
        assertEquals(200, reportSlot(member, member.deviceCredential()).statusCode());

        HttpResponse<String> listed =
                http.send(bearer(HttpRequest.newBuilder(KakehashiServer.uri(credentials)), member.accessToken())
                        .GET()
                        .build());
        assertEquals(200, listed.statusCode(), listed.body());
        assertFalse(listed.body().contains(member.deviceCredential().substring(4)), "never the value");
        JsonArray list = Json.createReader(new StringReader(listed.body())).readArray();
        assertEquals(1, list.size(), listed.body());
        JsonObject shown = list.getJsonObject(0);
        assertTrue(
                shown.containsKey("createdAt") && shown.containsKey("expiresAt") && shown.containsKey("lastUsedAt"),
                listed.body());

        HttpResponse<String> rotated = http.send(bearer(
                        HttpRequest.newBuilder(KakehashiServer.uri(credentials + "/rotation")),
                        member.deviceCredential())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(201, rotated.statusCode(), rotated.body());
        String renewed = json(rotated.body()).getString("credential");
        assertEquals(401, reportSlot(member, member.deviceCredential()).statusCode(), "the old one is spent");
        assertEquals(200, reportSlot(member, renewed).statusCode());
        assertEquals(
                403,
                http.send(bearer(
                                        HttpRequest.newBuilder(KakehashiServer.uri(credentials + "/rotation")),
                                        member.accessToken())
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .statusCode(),
                "the app cannot rotate");
    }

    @Test
    void signingOutEverywhereRevokesTheAppAndEveryDevice() {
        Member member = memberWithADevice();

        assertEquals(
                403,
                http.send(bearer(
                                        HttpRequest.newBuilder(KakehashiServer.uri("/api/auth/sign-out-everywhere")),
                                        member.deviceCredential())
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .statusCode(),
                "not a device's call");
        HttpResponse<String> out = http.send(bearer(
                        HttpRequest.newBuilder(KakehashiServer.uri("/api/auth/sign-out-everywhere")),
                        member.accessToken())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, out.statusCode(), out.body());

        assertEquals(401, reportSlot(member, member.deviceCredential()).statusCode());
        assertEquals(
                401,
                http.send(bearer(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices")), member.accessToken())
                                .GET()
                                .build())
                        .statusCode());
        assertEquals(
                400,
                form("/api/auth/token", "grant_type=refresh_token&refresh_token=" + encode(member.refreshToken()))
                        .statusCode());
        assertEquals(
                401,
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/auth/sign-out-everywhere"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .statusCode(),
                "nobody signed in");
    }

    record Member(String email, String serial, String accessToken, String refreshToken, String deviceCredential) {}

    private Member memberWithADevice() {
        // The customer Amazon registered the device to (docs/design.md): the one who can set it up
        AmazonCustomer customer = AmazonCustomer.register(http, PASSWORD);
        String email = customer.email();
        MemberApi api = customer.api(http);
        String serial = customer.deviceRegisteredToMe(http);
        assertEquals(201, api.setUp(MODEL, serial).statusCode());
        HttpResponse<String> issued = http.send(api.authorized(HttpRequest.newBuilder(
                        KakehashiServer.uri("/api/devices/" + MODEL + "/" + serial + "/credentials")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(201, issued.statusCode(), issued.body());
        HttpResponse<String> tokens = form(
                "/api/auth/token", "grant_type=password&username=" + encode(email) + "&password=" + encode(PASSWORD));
        assertEquals(200, tokens.statusCode(), tokens.body());
        JsonObject pair = json(tokens.body());
        return new Member(
                email,
                serial,
                pair.getString("access_token"),
                pair.getString("refresh_token"),
                json(issued.body()).getString("credential"));
    }

    private static String slot(Member member) {
        return "/api/devices/" + MODEL + "/" + member.serial() + "/slots/coffee-beans";
    }

    private HttpResponse<String> reportSlot(Member member, String credential) {
        return http.send(bearer(HttpRequest.newBuilder(KakehashiServer.uri(slot(member))), credential)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"remainingQuantityInUnit\":80,\"originalQuantityInUnit\":100}"))
                .build());
    }

    private HttpResponse<String> form(String path, String form) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private static HttpRequest.Builder bearer(HttpRequest.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
