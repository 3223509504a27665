package jp.kakehashi.member;

import static jp.kakehashi.testsupport.SandboxDevices.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.kakehashi.member.fixture.MemberTablesFixture;
import jp.kakehashi.testsupport.AdminApi;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.SandboxMail;
import jp.kakehashi.testsupport.ShopPages;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deleting an account (issue 29, APPI): after it, the member's data is gone from every table that held it (the
 * fixture lists them), their devices are deregistered at Amazon and every credential stops; an admin deletes on
 * request the same way, and a disabled member signs in nowhere. docs/design.md, "Deleting an account".
 */
@ExtendWith(ArquillianExtension.class)
class MemberDeletionIT {

    private static final String PASSWORD = "deletion test password";
    /** Tables that must hold something of the member before the deletion, for the check after it to mean anything. */
    private static final List<String> FILLED_BEFORE = List.of(
            "member.id",
            "member.email",
            "member.amazon_buyer_id",
            "api_token.member_id",
            "device.member_id",
            "device.directed_customer_id",
            "device_tokens.of_member_devices",
            "device_setup_attempt.member_id",
            "sign_in_attempt.pair_key",
            "device_event.payload",
            "sns_notification.body");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestArchives.war("member-tables-fixture.war").addClasses(MemberTablesFixture.class);
    }

    @ArquillianResource
    private URL fixture;

    private final Http http = new Http();
    private final AdminApi admin = new AdminApi(http);
    private final SandboxMail mailbox = new SandboxMail();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void aDeletedMembersDataIsGoneFromEveryTableThatHeldIt() {
        AmazonCustomer customer = AmazonCustomer.register(http, PASSWORD);
        MemberApi member = customer.api(http);
        String serial = customer.deviceRegisteredToMe(http);
        assertEquals(201, member.setUp(MODEL, serial).statusCode());
        String access = json(token(customer.email(), PASSWORD)).getString("access_token");
        HttpResponse<String> credential = http.send(member.authorized(HttpRequest.newBuilder(
                        KakehashiServer.uri("/api/devices/" + MODEL + "/" + serial + "/credentials")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(201, credential.statusCode(), credential.body());
        String deviceCredential = json(credential).getString("credential");
        assertEquals(401, new MemberApi(http, customer.email(), "a wrong password").setUpStatus(), "a counted failure");
        assertEquals(
                200,
                putProfile(
                                access,
                                "{\"name\":\"削除 予定\",\"postalCode\":\"530-0001\",\"prefecture\":\"OSAKA\","
                                        + "\"line1\":\"北区梅田1-1\"}")
                        .statusCode());

        HttpResponse<String> download = bearer("GET", "/api/members/me/data", access, null);
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject data = json(download);
        long memberId = data.getJsonObject("profile").getJsonNumber("memberId").longValue();
        assertEquals("削除 予定", data.getJsonObject("profile").getString("name"));
        assertEquals(customer.customerId(), data.getJsonObject("amazonLink").getString("buyerId"));
        assertTrue(download.body().contains(serial), "the device is listed");
        assertTrue(data.getJsonArray("credentials").size() >= 3, "app sign-in and device credential: " + data);
        assertTrue(data.getJsonArray("recentActivity").toString().contains("MEMBER_PROFILE_CHANGED"), data.toString());
        for (String secret :
                List.of(access, deviceCredential, "password_hash", "passwordHash", "tokenHash", "sealed")) {
            assertFalse(download.body().contains(secret), "no secret or hash in the download: " + secret);
        }

        Instant deletionStarted = Instant.now();
        JsonObject before = tables(memberId, customer.email(), customer.customerId(), deletionStarted);
        FILLED_BEFORE.forEach(
                table -> assertTrue(before.getJsonNumber(table).longValue() > 0, table + " in " + before));
        HttpResponse<String> wrong = bearer("DELETE", "/api/members/me", access, "{\"password\":\"not it\"}");
        assertEquals(403, wrong.statusCode(), wrong.body());
        assertEquals("wrong_password", json(wrong).getString("error"));
        assertEquals(
                1,
                tables(memberId, customer.email(), customer.customerId(), deletionStarted)
                        .getJsonNumber("member.id")
                        .longValue(),
                "a refused deletion changes nothing");
        int mailsBefore = mailbox.to(customer.email()).size();

        HttpResponse<String> deleted = bearer(
                "DELETE",
                "/api/members/me",
                access,
                Json.createObjectBuilder().add("password", PASSWORD).build().toString());

        assertEquals(204, deleted.statusCode(), deleted.body());
        JsonObject after = tables(memberId, customer.email(), customer.customerId(), deletionStarted);
        after.forEach((table, rows) -> assertEquals(
                table.equals("admin_audit.member_deleted") ? 1 : 0,
                after.getJsonNumber(table).longValue(),
                table + " after the deletion: " + after));
        assertEquals(401, bearer("GET", "/api/devices", access, null).statusCode(), "the app's token");
        assertEquals(
                401,
                bearer(
                                "PUT",
                                "/api/devices/" + MODEL + "/" + serial + "/slots/coffee-beans",
                                deviceCredential,
                                "{\"remainingQuantityInUnit\":1,\"originalQuantityInUnit\":10}")
                        .statusCode(),
                "the device's credential");
        assertEquals(401, member.setUpStatus(), "the password");
        assertEquals(
                "【Kakehashi】退会手続きが完了しました",
                mailbox.next(customer.email(), mailsBefore).getString("subject"));
    }

    @Test
    void anAdminDeletesAMemberOnRequestAndTheAuditNamesTheAdmin() {
        String email = ShopPages.newMember("admin-deletes", "依頼 削除", PASSWORD);
        long memberId = memberId(email);
        assertEquals(200, admin.get("/members/" + memberId).statusCode());

        HttpResponse<String> deleted = admin.delete("/members/" + memberId);

        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(404, admin.get("/members/" + memberId).statusCode());
        assertEquals(404, admin.delete("/members/" + memberId).statusCode(), "gone already");
        JsonObject after = tables(memberId, email, "no-buyer-" + memberId, Instant.now());
        after.forEach((table, rows) -> assertEquals(
                table.equals("admin_audit.member_deleted") ? 1 : 0,
                after.getJsonNumber(table).longValue(),
                table + ": " + after));
        assertEquals(401, new MemberApi(http, email, PASSWORD).setUpStatus());
    }

    @Test
    void aDisabledMemberSignsInNowhereUntilEnabledAndTheirTokensStop() {
        String email = ShopPages.newMember("disabled", "停止 会員", PASSWORD);
        long memberId = memberId(email);
        JsonObject tokens = json(token(email, PASSWORD));
        MemberApi basic = new MemberApi(http, email, PASSWORD);
        assertEquals(200, basic.setUpStatus());
        int mailsBefore = mailbox.to(email).size();

        HttpResponse<String> disabled = admin.post("/members/" + memberId + "/disable", "{}");

        assertEquals(200, disabled.statusCode(), disabled.body());
        assertTrue(json(disabled).getBoolean("disabled"));
        assertEquals(
                401,
                bearer("GET", "/api/devices", tokens.getString("access_token"), null)
                        .statusCode(),
                "Bearer");
        assertEquals(401, basic.setUpStatus(), "HTTP Basic");
        HttpResponse<String> grant = token(email, PASSWORD);
        assertEquals(400, grant.statusCode());
        assertEquals("the account is disabled", json(grant).getString("error_description"));
        assertEquals(
                400,
                http.send(form("grant_type=refresh_token&refresh_token=" + encode(tokens.getString("refresh_token"))))
                        .statusCode(),
                "the refresh token");
        JsonObject detail = json(admin.get("/members/" + memberId));
        assertTrue(detail.getJsonObject("profile").getBoolean("disabled"));
        assertTrue(
                detail.getJsonArray("recentActivity").getValuesAs(JsonObject.class).stream()
                        .anyMatch(line -> "DISABLE_MEMBER".equals(line.getString("action"))
                                && "admin".equals(line.getString("actor"))),
                detail.toString());
        assertEquals(
                "【Kakehashi】アカウントが停止されました", mailbox.next(email, mailsBefore).getString("subject"));

        assertEquals(200, admin.post("/members/" + memberId + "/enable", "{}").statusCode());
        assertEquals(200, basic.setUpStatus(), "signs in again once enabled");
        assertEquals(
                404, admin.post("/members/" + Long.MAX_VALUE + "/disable", "{}").statusCode());
    }

    @Test
    void aProfileChangeThatBreaksTheRegistrationsRulesSaysWhichFieldAndWhyAndChangesNothing() {
        String email = ShopPages.newMember("profile-api", "項目 確認", PASSWORD);
        String access = json(token(email, PASSWORD)).getString("access_token");

        HttpResponse<String> invalid = putProfile(
                access,
                "{\"name\":\"\",\"postalCode\":\"1000001\",\"prefecture\":\"TOKYO\","
                        + "\"line1\":\"x\",\"phoneNumber\":\"call me\"}");
        HttpResponse<String> unknownPrefecture = putProfile(
                access,
                "{\"name\":\"n\",\"postalCode\":\"100-0001\"," + "\"prefecture\":\"ATLANTIS\",\"line1\":\"x\"}");

        assertEquals(400, invalid.statusCode());
        JsonArray problems = json(invalid).getJsonArray("problems");
        assertEquals(
                Map.of("name", "REQUIRED", "phoneNumber", "INVALID", "postalCode", "INVALID"),
                Map.copyOf(problems.getValuesAs(JsonObject.class).stream()
                        .collect(java.util.stream.Collectors.toMap(
                                problem -> problem.getString("field"), problem -> problem.getString("reason")))));
        assertEquals(400, unknownPrefecture.statusCode());
        assertEquals(
                "prefecture",
                json(unknownPrefecture)
                        .getJsonArray("problems")
                        .getJsonObject(0)
                        .getString("field"));
        JsonObject profile = json(bearer("GET", "/api/members/me/profile", access, null));
        assertEquals("項目 確認", profile.getString("name"));
        assertEquals("100-0001", profile.getString("postalCode"));
    }

    private long memberId(String email) {
        HttpResponse<String> found = admin.get("/members?search=" + encode(email));
        assertEquals(200, found.statusCode(), found.body());
        return Json.createReader(new StringReader(found.body()))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private JsonObject tables(long memberId, String email, String buyerId, Instant before) {
        HttpResponse<String> rows =
                http.send(HttpRequest.newBuilder(URI.create(fixture.toString().replaceAll("/$", "")
                                + "/member-tables?memberId=" + memberId + "&email=" + encode(email) + "&buyerId="
                                + encode(buyerId)
                                + "&before=" + before))
                        .GET()
                        .build());
        assertEquals(200, rows.statusCode(), rows.body());
        return json(rows);
    }

    private HttpResponse<String> token(String email, String password) {
        return http.send(form("grant_type=password&username=" + encode(email) + "&password=" + encode(password)));
    }

    private static HttpRequest form(String body) {
        return HttpRequest.newBuilder(KakehashiServer.uri("/api/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> putProfile(String access, String json) {
        return bearer("PUT", "/api/members/me/profile", access, json);
    }

    private HttpResponse<String> bearer(String method, String path, String token, String json) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(KakehashiServer.uri(path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
