package jp.kakehashi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SandboxMail;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Every secret a shopper's, a member's app's or a device's requests carried — Amazon's buyerToken, Login with Amazon's
 * code and state on the DRS return, the mailed verification token, the password, the app's access and refresh tokens,
 * a device's credentials, an HTTP Basic header — is found in no file under the server's logs folder (the access log,
 * messages.log, console.log, FFDC, trace.log) and in no span the server exported (the sandbox's collector).
 * <p>
 * The sandbox plays Amazon inside this server: its own requests (paths under /amazon-sandbox/, such as Get Buyer's
 * /v2/buyers/{buyerToken}) are Amazon's to log, not Kakehashi's, and their access log lines are left out; Kakehashi's
 * own client span of that call is searched.
 */
class NoSecretsInLogsOrTracesIT {

    private static final String PASSWORD = "no secrets in logs 26";
    private static final Duration FLUSHED = Duration.ofSeconds(60);

    private final Http http = new Http();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void noSecretASignInARegistrationADeviceSetupOrTheApiCarriedIsLoggedOrTraced() {
        signInWithAmazon();
        String[] emailAndSerial = registerAndSetUpADeviceThroughLoginWithAmazon();
        useTheApi(emailAndSerial[0], emailAndSerial[1]);
        resetThePasswordAndAskForANewAddress();
        for (String shown : List.of(
                "buyerToken",
                "code",
                "state",
                "verification token",
                "access token",
                "refresh token",
                "device credential",
                "renewed device credential",
                "password reset token",
                "new password",
                "address change token")) {
            assertTrue(
                    secrets.keySet().stream().anyMatch(name -> name.equals(shown) || name.startsWith(shown + " #")),
                    shown + " among what the flows showed: " + secrets.keySet());
        }

        String marker = "/shop/no-secrets-marker-" + UUID.randomUUID() + ".xhtml";
        http.send(HttpRequest.newBuilder(KakehashiServer.uri(marker)).GET().build());
        Path logs = Path.of(
                System.getProperty("wlp.dir"), "usr", "servers", System.getProperty("liberty.server.name"), "logs");
        // The marker came last: once its line and its span are out, so is everything before it
        Await.until(
                () -> read(logs.resolve("http_access.log")),
                text -> text.contains(marker),
                FLUSHED,
                Duration.ofMillis(200),
                text -> "the access log never showed " + marker);
        String spans = Await.until(
                () -> http.get("/amazon-sandbox/api/sandbox/spans").body(),
                text -> text.contains(marker),
                FLUSHED,
                Duration.ofMillis(200),
                text -> "no span of " + marker + " was collected");

        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(logs)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String text = kakehashisOwn(read(file));
                secrets.forEach((name, value) -> {
                    if (text.contains(value)) {
                        found.add(name + " in " + logs.relativize(file) + ": " + around(text, value));
                    }
                });
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonArray collected = Json.createReader(new StringReader(spans)).readArray();
        for (JsonObject span : collected.getValuesAs(JsonObject.class)) {
            String text = span.toString();
            secrets.forEach((name, value) -> {
                if (text.contains(value) || text.contains(URLEncoder.encode(value, StandardCharsets.UTF_8))) {
                    found.add(name + " in span " + span.getString("name", "") + ": " + span.getJsonObject("tags"));
                }
            });
        }
        assertTrue(found.isEmpty(), "secrets written down:\n" + String.join("\n", found));
        // The pages and the call that carried them were traced, redacted: nothing was missed for want of a span
        assertTrue(
                spans.contains("buyerToken=REDACTED")
                        && spans.contains("code=REDACTED")
                        && spans.contains("token=REDACTED")
                        && spans.contains("/v2/buyers/REDACTED"),
                "the return pages' and Get Buyer's spans, redacted");
    }

    /** Registers with Amazon on the sandbox's hosted page: the return to the shop carries a one-time buyerToken. */
    private void signInWithAmazon() {
        WebDriver browser = browser();
        ShopPages.registerWithAmazon(
                browser, ShopPages.newAmazonBuyer(http, "pay-tester").getString("key"));
        collectFrom(Browser.requestedUrls(browser));
    }

    /**
     * Registers by hand (the mailed verification link), then sets up a device Amazon did not pre-register: the DRS
     * teaser, Login with Amazon's consent, and the return with code and state.
     */
    private String[] registerAndSetUpADeviceThroughLoginWithAmazon() {
        WebDriver browser = browser();
        String email = "no-secrets-" + UUID.randomUUID() + "@example.jp";
        int mailsBefore = new SandboxMail().to(email).size();
        ShopPages.submitRegistration(browser, KakehashiServer.baseUrl(), "秘密 花子", email, PASSWORD);
        Browser.waitFor(browser, By.id("register-sent"));
        String link = new SandboxMail().nextVerificationLink(email, mailsBefore);
        secrets.put(
                "verification token",
                link.substring(link.indexOf(SandboxMail.VERIFY_PAGE) + SandboxMail.VERIFY_PAGE.length()));
        ShopPages.confirmEmail(browser, link);
        ShopPages.logIn(browser, KakehashiServer.baseUrl(), email, PASSWORD);
        Browser.waitFor(browser, By.id("member-welcome"));

        String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        browser.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
        new org.openqa.selenium.support.ui.Select(Browser.waitFor(browser, By.id("setup:model")))
                .selectByValue("KAKEHASHI_COFFEE_01");
        browser.findElement(By.id("setup:serial")).sendKeys(serial);
        browser.findElement(By.id("setup:submit")).click();
        Browser.waitFor(browser, By.id("drs-teaser"));
        browser.findElement(By.id("teaser:start")).click();
        Browser.waitFor(browser, By.id("sign-in:email")).sendKeys("hanako@example.jp");
        browser.findElement(By.id("sign-in:password")).sendKeys("sandbox-hanako");
        browser.findElement(By.id("sign-in:submit")).click();
        Browser.waitFor(browser, By.id("consent:allow")).click();
        Browser.waitFor(browser, By.cssSelector("input[value='B0KKHCOF01']")).click();
        browser.findElement(By.id("asins:complete")).click();
        Browser.textOnceItContains(browser, By.id("messages"), "Amazon アカウントでデバイスを設定しました");
        collectFrom(Browser.requestedUrls(browser));
        return new String[] {email, serial};
    }

    /**
     * A forgotten password reset by its mailed link (its page opened, its form posted with a new password), and a change
     * of address asked for on the account page, whose mailed link is opened.
     */
    private void resetThePasswordAndAskForANewAddress() {
        WebDriver browser = browser();
        String email = "no-secrets-reset-" + UUID.randomUUID() + "@example.jp";
        ShopPages.registerMember(browser, "秘密 次郎", email, PASSWORD);
        int mailsBefore = new SandboxMail().to(email).size();
        browser.get(KakehashiServer.baseUrl() + "/shop/forgot-password.xhtml");
        Browser.waitFor(browser, By.id("forgot:email")).sendKeys(email);
        Browser.submit(browser, browser.findElement(By.id("forgot:submit")));
        Browser.waitFor(browser, By.id("forgot-sent"));
        String reset = SandboxMail.linkTo(
                        new SandboxMail().next(email, mailsBefore), "/shop/reset-password.xhtml?token=")
                .orElseThrow();
        secrets.put("password reset token", reset.substring(reset.indexOf("token=") + "token=".length()));
        secrets.put("new password", "the reset's new password 26");
        browser.get(reset);
        Browser.waitFor(browser, By.id("reset:password")).sendKeys(secrets.get("new password"));
        Browser.submit(browser, browser.findElement(By.id("reset:submit")));
        Browser.waitFor(browser, By.id("reset-done"));

        ShopPages.logIn(browser, KakehashiServer.baseUrl(), email, secrets.get("new password"));
        Browser.waitFor(browser, By.id("member-welcome"));
        String newEmail = "no-secrets-moved-" + UUID.randomUUID() + "@example.jp";
        browser.get(KakehashiServer.baseUrl() + "/member/email.xhtml");
        Browser.waitFor(browser, By.id("email-change:email")).sendKeys(newEmail);
        browser.findElement(By.id("email-change:current")).sendKeys(secrets.get("new password"));
        Browser.submit(browser, browser.findElement(By.id("email-change:submit")));
        String change = SandboxMail.linkTo(
                        new SandboxMail().next(newEmail, 0), "/shop/confirm-email-change.xhtml?token=")
                .orElseThrow();
        secrets.put("address change token", change.substring(change.indexOf("token=") + "token=".length()));
        browser.get(change);
        Browser.waitFor(browser, By.id("confirm-change:confirm"));
        collectFrom(Browser.requestedUrls(browser));
    }

    /** The app's password grant, its Bearer calls and refresh, HTTP Basic, and a device's credential and its renewal. */
    private void useTheApi(String email, String serial) {
        secrets.put("password", PASSWORD);
        String basic = Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        secrets.put("HTTP Basic", basic);
        assertEquals(
                200,
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices"))
                                .header("Authorization", "Basic " + basic)
                                .GET()
                                .build())
                        .statusCode());

        JsonObject tokens =
                json(form("grant_type=password&username=" + encode(email) + "&password=" + encode(PASSWORD)));
        secrets.put("first refresh token", tokens.getString("refresh_token"));
        JsonObject renewed =
                json(form("grant_type=refresh_token&refresh_token=" + encode(tokens.getString("refresh_token"))));
        secrets.put("first access token", tokens.getString("access_token"));
        secrets.put("access token", renewed.getString("access_token"));
        secrets.put("refresh token", renewed.getString("refresh_token"));
        String access = renewed.getString("access_token");

        String credentials = "/api/devices/KAKEHASHI_COFFEE_01/" + serial + "/credentials";
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(KakehashiServer.uri(credentials))
                .header("Authorization", "Bearer " + access)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(201, issued.statusCode(), issued.body());
        String device = json(issued.body()).getString("credential");
        secrets.put("device credential", device);
        HttpResponse<String> rotated = http.send(HttpRequest.newBuilder(KakehashiServer.uri(credentials + "/rotation"))
                .header("Authorization", "Bearer " + device)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(201, rotated.statusCode(), rotated.body());
        String renewedDevice = json(rotated.body()).getString("credential");
        secrets.put("renewed device credential", renewedDevice);
        assertEquals(
                200,
                http.send(HttpRequest.newBuilder(KakehashiServer.uri(
                                        "/api/devices/KAKEHASHI_COFFEE_01/" + serial + "/slots/coffee-beans"))
                                .header("Authorization", "Bearer " + renewedDevice)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(
                                        "{\"remainingQuantityInUnit\":50,\"originalQuantityInUnit\":100}"))
                                .build())
                        .statusCode());
        // A wrong token is refused and is no less a secret
        secrets.put("unknown access token", "kka_" + UUID.randomUUID());
        assertEquals(
                401,
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices"))
                                .header("Authorization", "Bearer " + secrets.get("unknown access token"))
                                .GET()
                                .build())
                        .statusCode());
    }

    /** The values of the query parameters that carry secrets, from every URL the browser asked for. */
    private void collectFrom(List<String> urls) {
        for (String url : urls) {
            String query = URI.create(url).getRawQuery();
            if (query == null) {
                continue;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                String name = pair.substring(0, equals);
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (List.of("buyerToken", "code", "state", "token").contains(name)
                        && value.length() >= 8
                        && !url.contains("/amazon-sandbox/")
                        && !secrets.containsValue(value)) {
                    secrets.put(name + " #" + secrets.size(), value);
                }
            }
        }
    }

    /**
     * A log's text without the access log records of the sandbox's own requests (Amazon's, not Kakehashi's): lines of
     * http_access.log, and the console's JSON records, whose path is under /amazon-sandbox/.
     */
    private static String kakehashisOwn(String text) {
        return text.lines()
                .filter(line -> !SANDBOX_REQUEST.matcher(line).find())
                .reduce(new StringBuilder(), (all, line) -> all.append(line).append('\n'), StringBuilder::append)
                .toString();
    }

    private static final Pattern SANDBOX_REQUEST =
            Pattern.compile("\"[A-Z]+ /amazon-sandbox/|\"ibm_uriPath\":\"(\\\\)?/amazon-sandbox(\\\\)?/");

    private static String around(String text, String value) {
        int at = text.indexOf(value);
        return text.substring(Math.max(0, at - 120), Math.min(text.length(), at + value.length() + 40))
                .replace('\n', ' ');
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebDriver browser() {
        WebDriver browser = Browser.openRecordingRequests("ja");
        browsers.add(browser);
        return browser;
    }

    private HttpResponse<String> form(String body) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().isEmpty());
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
