package jp.kakehashi.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.SandboxMail;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The credential self-service's API and its rules over the wire: the same answer for a member's address and anybody's,
 * a reset link that works once, a changed password ending the member's session held by another client (a cookie jar
 * of its own), the 4xx reasons, and an address that is another member's taken by nobody.
 */
@ExtendWith(Browsers.class)
class CredentialSelfServiceIT {

    private final Http http = new Http();
    private final SandboxMail mailbox = new SandboxMail();

    @Test
    void aMembersAddressAndAnUnknownOneGetTheSameAnswerAndOnlyTheMemberAMail() {
        String email = ShopPages.newMember("reset-api", "API 太郎", "the member's password");
        int mailsBefore = mailbox.to(email).size();
        String stranger = "reset-api-nobody-" + UUID.randomUUID() + "@example.jp";

        HttpResponse<String> member = requestReset(email);
        HttpResponse<String> unknown = requestReset(stranger);
        assertEquals(202, member.statusCode(), member.body());
        assertEquals(unknown.statusCode(), member.statusCode());
        assertEquals(unknown.body(), member.body());
        assertEquals(unknown.headers().map().keySet(), member.headers().map().keySet());

        assertTrue(SandboxMail.linkTo(mailbox.next(email, mailsBefore), CredentialSelfServiceBrowserIT.RESET_PAGE)
                .isPresent());
        assertTrue(mailbox.to(stranger).isEmpty(), "nothing is mailed to an address that is nobody's");
        assertEquals(400, requestReset("not an address").statusCode());
    }

    @Test
    void aResetLinkWorksOnceAndEndsTheSessionAnotherClientHeld(Browsers browsers) {
        String email = ShopPages.newMember("reset-once", "一回 花子", "the first password");
        HttpClient jar = cookieJar();
        assertEquals(200, signIn(jar, email, "the first password"));
        assertEquals(200, status(jar, "/member/account.xhtml"));

        int mailsBefore = mailbox.to(email).size();
        requestReset(email);
        String link = SandboxMail.linkTo(mailbox.next(email, mailsBefore), CredentialSelfServiceBrowserIT.RESET_PAGE)
                .orElseThrow();
        WebDriver browser = browsers.open("en-US");
        setPassword(browser, link, "the second password");
        Browser.waitFor(browser, By.id("reset-done"));

        assertEquals(302, status(jar, "/member/account.xhtml"), "the other client's session ended");
        WebDriver again = browsers.open("ja");
        again.get(link);
        Browser.waitFor(again, By.id("reset-used"));
        assertTrue(again.findElements(By.id("reset:submit")).isEmpty(), "a used link offers no form");
        assertEquals(200, new MemberApi(http, email, "the second password").setUpStatus());
    }

    @Test
    void aPasswordChangedOverTheApiEndsTheOtherSessionAndRefusesBadInputWithReasons() {
        String email = ShopPages.newMember("change-api", "API 次郎", "the old password");
        HttpClient jar = cookieJar();
        assertEquals(200, signIn(jar, email, "the old password"));
        MemberApi old = new MemberApi(http, email, "the old password");

        assertRefused(
                old,
                "/api/members/me/password",
                "{\"currentPassword\":\"not it at all\",\"newPassword\":\"the new password\"}",
                403,
                "wrong_password");
        assertRefused(
                old,
                "/api/members/me/password",
                "{\"currentPassword\":\"the old password\",\"newPassword\":\"short\"}",
                400,
                "password_rules");
        assertRefused(
                old, "/api/members/me/password", "{\"currentPassword\":\"the old password\"}", 400, "invalid_request");
        assertEquals(200, status(jar, "/member/account.xhtml"), "refusals change nothing");

        assertEquals(
                204,
                post(
                                old,
                                "/api/members/me/password",
                                "{\"currentPassword\":\"the old password\",\"newPassword\":\"the new password\",\"language\":\"en\"}")
                        .statusCode());
        assertEquals(302, status(jar, "/member/account.xhtml"), "the other session ended");
        assertEquals(401, old.setUpStatus());
        assertEquals(200, new MemberApi(http, email, "the new password").setUpStatus());
    }

    @Test
    void anAddressThatIsAnotherMembersIsAnsweredAlikeTakenByNobodyAndItsOwnerIsTold() {
        String owner = ShopPages.newMember("taken-owner", "持ち主", "the owner's password");
        String requester = ShopPages.newMember("taken-requester", "申込者", "the requester's password");
        MemberApi api = new MemberApi(http, requester, "the requester's password");
        int ownerMails = mailbox.to(owner).size();

        HttpResponse<String> taken = post(
                api,
                "/api/members/me/email",
                "{\"newEmail\":\"" + owner.toUpperCase() + "\",\"currentPassword\":\"the requester's password\"}");
        String free = "taken-free-" + UUID.randomUUID() + "@example.jp";
        HttpResponse<String> freeAnswer = post(
                api,
                "/api/members/me/email",
                "{\"newEmail\":\"" + free + "\",\"currentPassword\":\"the requester's password\"}");
        assertEquals(202, taken.statusCode(), taken.body());
        assertEquals(freeAnswer.statusCode(), taken.statusCode());
        assertEquals(freeAnswer.body(), taken.body());

        JsonObject notice = mailbox.next(owner, ownerMails);
        assertTrue(
                SandboxMail.linkTo(notice, CredentialSelfServiceBrowserIT.CHANGE_PAGE)
                        .isEmpty(),
                "no link for the owner's address");
        assertFalse(notice.getString("text").contains("申込者"), "the owner learns nothing of the requester");
        assertTrue(SandboxMail.linkTo(mailbox.next(free, 0), CredentialSelfServiceBrowserIT.CHANGE_PAGE)
                .isPresent());
        assertEquals(200, new MemberApi(http, owner, "the owner's password").setUpStatus());

        assertRefused(
                api,
                "/api/members/me/email",
                "{\"newEmail\":\"" + requester + "\",\"currentPassword\":\"the requester's password\"}",
                400,
                "same_email");
        assertRefused(
                api,
                "/api/members/me/email",
                "{\"newEmail\":\"nowhere\",\"currentPassword\":\"the requester's password\"}",
                400,
                "invalid_email");
        assertRefused(
                api,
                "/api/members/me/email",
                "{\"newEmail\":\"" + free + "\",\"currentPassword\":\"wrong password\"}",
                403,
                "wrong_password");
        assertEquals(
                401,
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/members/me/email"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build())
                        .statusCode());
    }

    private void assertRefused(MemberApi api, String path, String body, int status, String error) {
        HttpResponse<String> response = post(api, path, body);
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(error, MemberApi.json(response).getString("error"));
        assertFalse(MemberApi.json(response).getString("error_description").isBlank());
    }

    private HttpResponse<String> post(MemberApi api, String path, String body) {
        return http.send(api.authorized(HttpRequest.newBuilder(KakehashiServer.uri(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> requestReset(String email) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/password-resets"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder().add("email", email).build().toString()))
                .build());
    }

    private static void setPassword(WebDriver browser, String link, String password) {
        browser.get(link);
        Browser.waitFor(browser, By.id("reset:password")).sendKeys(password);
        Browser.submit(browser, browser.findElement(By.id("reset:submit")));
    }

    /** A client with cookies of its own: a session of the shop as a second device would hold it. */
    private static HttpClient cookieJar() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Signs the jar in on the login page's form (MyFaces' fields), as a browser would: 200 from a member's page then. */
    private static int signIn(HttpClient jar, String email, String password) {
        String page = Http.answer(
                        jar,
                        HttpRequest.newBuilder(KakehashiServer.uri("/shop/login.xhtml"))
                                .GET()
                                .build())
                .orElseThrow()
                .body();
        String viewState = page.replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        String form = "login_SUBMIT=1&login%3Anext=&login%3Aemail=" + encode(email) + "&login%3Apassword="
                + encode(password) + "&login%3Asubmit=x&jakarta.faces.ViewState=" + encode(viewState);
        Http.answer(
                        jar,
                        HttpRequest.newBuilder(KakehashiServer.uri("/shop/login.xhtml"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build())
                .orElseThrow();
        return status(jar, "/member/index.xhtml");
    }

    private static int status(HttpClient jar, String path) {
        return Http.answer(
                        jar,
                        HttpRequest.newBuilder(KakehashiServer.uri(path)).GET().build())
                .orElseThrow()
                .statusCode();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
