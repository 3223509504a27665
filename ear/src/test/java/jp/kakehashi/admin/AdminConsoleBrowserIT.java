package jp.kakehashi.admin;

import static jp.kakehashi.testsupport.AdminPages.messageContaining;
import static jp.kakehashi.testsupport.AdminPages.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.FacesForm;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SandboxDevices;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The admin console in headless Chromium, page by page and action by action, signed in as the default profile's
 * administrator from the Liberty registry; and who may not use it.
 */
class AdminConsoleBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final String DRS_TOPIC = "arn:aws:sns:us-east-1:123456789012:kakehashi-drs";
    private static final String MEMBER_PASSWORD = "a member's password";

    private final Http http = new Http();
    private WebDriver browser;

    @Test
    void anonymousVisitorsGetTheAdminLoginPageAndAWrongPasswordIsRefused() {
        browser = browsers.open("ja");

        browser.get(KakehashiServer.baseUrl() + "/admin/queues.xhtml");

        assertTrue(browser.getCurrentUrl().contains("/admin/login.xhtml"), browser.getCurrentUrl());
        AdminPages.submitLogin(browser, AdminPages.USER, "not the password");
        assertTrue(messageContaining(browser, "正しくない").contains("管理者"));

        AdminPages.submitLogin(browser, AdminPages.USER, AdminPages.PASSWORD);
        assertTrue(
                waitFor(browser, By.id("queues")).getText().contains("SnsInboundQueue.DLQ"),
                "back where they were going");
    }

    @Test
    void aMemberIsForbiddenTheConsoleAndTheAdminApi() {
        String email = "not-admin-" + UUID.randomUUID() + "@example.jp";
        FacesForm member = ShopPages.signedInOverHttp("会員 一郎", email, MEMBER_PASSWORD);

        HttpResponse<String> page = member.get("/admin/index.xhtml");
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin/queues"))
                .header("Authorization", basic(email, MEMBER_PASSWORD))
                .GET()
                .build());
        HttpResponse<String> memberAsAdmin = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin/queues"))
                .header("Authorization", basic(email, MEMBER_PASSWORD))
                .GET()
                .build());

        assertEquals(403, page.statusCode(), page.body());
        assertEquals(401, api.statusCode(), "a member's password is not an administrator's");
        assertEquals(401, memberAsAdmin.statusCode());
        browser = browsers.open("ja");
        member.handSessionTo(browser);
        browser.get(KakehashiServer.baseUrl() + "/admin/index.xhtml");
        assertFalse(browser.getPageSource().contains("count-members"), "no dashboard for a member");
    }

    @Test
    void theDashboardCountsAndChartsTheLastHour() {
        browser = browsers.open("en-US");
        AdminPages.signIn(browser);

        assertTrue(Long.parseLong(browser.findElement(By.id("count-members")).getText()) >= 0);
        assertTrue(browser.findElement(By.cssSelector("#notifications-chart svg.chart"))
                .isDisplayed());
        assertTrue(
                browser.findElement(By.cssSelector("#sign-in-chart svg.chart")).isDisplayed());
        // This very sign-in counts as a sign-in? No: only members' sign-ins do; the admin's does not.
        assertTrue(browser.findElement(By.id("total-received")).getText().matches("\\d+"));
    }

    @Test
    void theSnsPageShowsSubscriptionsConfirmsAgainAndExplainsEachRefusal() {
        String forgedId = UUID.randomUUID().toString();
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/sns/notifications"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(forgedNotification(forgedId)))
                .build());
        assertEquals(403, forged.statusCode());
        String unknownModel = "UNKNOWN_MODEL_" + ThreadLocalRandom.current().nextInt(1000, 9999);
        publishDrs("DeviceRegisteredNotification", "ANY-1", unknownModel);

        browser = browsers.open("en-US");
        AdminPages.signIn(browser);
        Browser.submit(browser, browser.findElement(By.id("nav-sns")));

        WebElement subscriptions = waitFor(browser, By.id("subscriptions"));
        assertTrue(
                subscriptions.getText().contains(DRS_TOPIC)
                        && subscriptions.getText().contains("Confirmed")
                        && !subscriptions
                                .findElements(By.cssSelector(".subscription-status[data-status='CONFIRMED']"))
                                .isEmpty(),
                subscriptions.getText());
        String receptions = browser.findElement(By.id("receptions")).getText();
        assertTrue(receptions.contains(forgedId) && receptions.contains("refused"), receptions);
        awaitPageContains("/admin/sns.xhtml", "parked", unknownModel);

        browser.findElement(By.cssSelector("#subscriptions input[id$=':confirm']"))
                .click();
        waitFor(browser, By.id("subscriptions-form:confirm-yes")).click();
        assertTrue(messageContaining(browser, "confirmed").contains("The subscription is confirmed."));
        assertAudited("CONFIRM_SUBSCRIPTION", DRS_TOPIC);
    }

    @Test
    void devicesShowTheirTokenStateAndCanBeRefreshedOrSentBackToSetup() {
        AmazonCustomer customer = AmazonCustomer.register(http, MEMBER_PASSWORD);
        String serial = customer.deviceRegisteredToMe(http);
        HttpResponse<String> setUp = customer.api(http).setUp(SandboxDevices.MODEL, serial);
        assertEquals(201, setUp.statusCode(), setUp.body());

        browser = browsers.open("en-US");
        AdminPages.signIn(browser);
        Browser.submit(browser, browser.findElement(By.id("nav-devices")));
        search(serial);

        WebElement row = deviceRow();
        assertEquals("ACTIVE", row.findElement(By.className("token-state")).getAttribute("data-state"));
        assertFalse(
                browser.getPageSource().contains("Atza|")
                        || browser.getPageSource().contains("Atzr|"),
                "never a token value");
        row.findElement(By.cssSelector("input[id$=':refresh']")).click();
        assertTrue(messageContaining(browser, "refreshed").contains("The tokens were refreshed."));
        // Shown in the page's language and Japan's time zone: a date with its year
        assertTrue(deviceRow()
                .findElement(By.className("last-refreshed"))
                .getText()
                .matches("(?s).*20[0-9]{2}.*"));

        deviceRow().findElement(By.cssSelector("input[id$=':needs-setup']")).click();
        waitFor(browser, By.id("devices-form:confirm")).click();
        assertTrue(messageContaining(browser, "needs setting up").contains("again"));
        assertEquals(
                "NEEDS_SETUP",
                deviceRow().findElement(By.className("device-status")).getAttribute("data-status"));
        assertEquals(
                "NEEDS_SETUP",
                deviceRow().findElement(By.className("token-state")).getAttribute("data-state"));
        assertAudited("MARK_DEVICE_NEEDS_SETUP", "device ");
    }

    @Test
    void aDeviceModelIsTestedOnSampleSerialsBeforeItIsSaved() {
        String modelId =
                "ADMIN_IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        browser = browsers.open("en-US");
        AdminPages.signIn(browser);
        Browser.submit(browser, browser.findElement(By.id("nav-models")));

        Browser.submit(browser, waitFor(browser, By.id("models-form:add")));
        waitFor(browser, By.id("model:id")).sendKeys(modelId);
        browser.findElement(By.id("model:name")).sendKeys("Admin test kettle");
        browser.findElement(By.id("model:expression")).sendKeys("AK-[0-9]{4}");
        browser.findElement(By.id("model:asins")).sendKeys("B0ADMINT01");
        browser.findElement(By.id("model:samples")).sendKeys("AK-1234\nAK-12345");
        Browser.submit(browser, browser.findElement(By.id("model:test")));
        String results = waitFor(browser, By.id("model:sample-results")).getText();
        assertTrue(results.contains("AK-1234 accepted") && results.contains("AK-12345 refused"), results);

        Browser.submit(browser, browser.findElement(By.id("model:save")));
        assertTrue(messageContaining(browser, "Not saved").contains("AK-12345"));
        assertFalse(browser.findElement(By.id("models-form:models")).getText().contains(modelId), "nothing stored");

        browser.findElement(By.id("model:samples")).clear();
        browser.findElement(By.id("model:samples")).sendKeys("AK-1234\nAK-0000");
        Browser.submit(browser, browser.findElement(By.id("model:save")));
        assertTrue(messageContaining(browser, "saved").contains("The device model was saved."));
        assertTrue(browser.findElement(By.id("models-form:models")).getText().contains(modelId));

        // Edit: the new expression is tried on the samples too.
        Browser.submit(
                browser,
                browser.findElements(By.cssSelector("#models-form\\:models tbody tr")).stream()
                        .filter(row -> row.getText().contains(modelId))
                        .findFirst()
                        .orElseThrow()
                        .findElement(By.cssSelector("input[id$=':edit']")));
        WebElement expression = waitFor(browser, By.id("model:expression"));
        assertEquals("AK-[0-9]{4}", expression.getAttribute("value"));
        expression.clear();
        expression.sendKeys("AK-[0-9]{4,5}");
        browser.findElement(By.id("model:samples")).sendKeys("AK-12345");
        Browser.submit(browser, browser.findElement(By.id("model:save")));
        assertTrue(messageContaining(browser, "saved").contains("The device model was saved."));
        assertTrue(browser.findElement(By.id("models-form:models")).getText().contains("AK-[0-9]{4,5}"));
        assertAudited("EDIT_DEVICE_MODEL", modelId);
    }

    @Test
    void membersAreFoundAndTheirAmazonLinkCanBeRemoved() {
        String buyerId = AmazonCustomer.register(http, MEMBER_PASSWORD).customerId();

        browser = browsers.open("en-US");
        AdminPages.signIn(browser);
        Browser.submit(browser, browser.findElement(By.id("nav-members")));
        waitFor(browser, By.id("search:text")).sendKeys(buyerId);
        Browser.submit(browser, browser.findElement(By.id("search:submit")));
        WebElement members = waitFor(browser, By.id("members-form:members"));
        assertTrue(members.getText().contains(buyerId) && members.getText().contains("linked"), members.getText());

        members.findElement(By.cssSelector("input[id$=':unlink']")).click();
        waitFor(browser, By.id("members-form:confirm")).click();
        assertTrue(messageContaining(browser, "unlinked").contains("The Amazon account was unlinked."));
        assertFalse(browser.findElement(By.id("members-form")).getText().contains(buyerId), "the link is gone");
        assertAudited("UNLINK_AMAZON", buyerId);
    }

    private void search(String text) {
        waitFor(browser, By.id("search:text")).sendKeys(text);
        Browser.submit(browser, browser.findElement(By.id("search:submit")));
    }

    private WebElement deviceRow() {
        return waitFor(browser, By.cssSelector("#devices-form\\:devices tbody tr"));
    }

    private void assertAudited(String action, String target) {
        Browser.submit(browser, browser.findElement(By.id("nav-audit")));
        String audit = waitFor(browser, By.id("audit")).getText();
        boolean actionShown = browser.findElements(By.cssSelector("#audit .audit-action")).stream()
                .anyMatch(shown -> action.equals(shown.getAttribute("data-action")));
        assertTrue(actionShown && audit.contains(target) && audit.contains(AdminPages.USER), audit);
    }

    /** Reloads the page until the element shows the text (what it shows is filled in by a consumer, later). */
    private void awaitPageContains(String path, String elementId, String text) {
        Await.present(() -> {
            browser.get(KakehashiServer.baseUrl() + path);
            return Optional.of(waitFor(browser, By.id(elementId)).getText()).filter(shown -> shown.contains(text));
        });
    }

    private void publishDrs(String type, String serial, String model) {
        HttpResponse<String> published = http.send(
                HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/sns/drs/notifications"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("type", type)
                                .add("serialNumber", serial)
                                .add("modelId", model)
                                .add("directedCustomerId", "amzn1.account.ADMINIT")
                                .add("lwaClientId", "amzn1.application-oa2-client.admin")
                                .build()
                                .toString()))
                        .build());
        assertEquals(2, published.statusCode() / 100, published.body());
    }

    private static String forgedNotification(String messageId) {
        return Json.createObjectBuilder()
                .add("Type", "Notification")
                .add("MessageId", messageId)
                .add("TopicArn", DRS_TOPIC)
                .add("Message", "{}")
                .add("Timestamp", java.time.Instant.now().toString())
                .add("SignatureVersion", "2")
                .add("Signature", Base64.getEncoder().encodeToString(new byte[256]))
                .add(
                        "SigningCertURL",
                        "https://sns.us-east-1.amazonaws.com.evil.example/SimpleNotificationService-00000000000000000000000000000000.pem")
                .add("UnsubscribeURL", "https://example.invalid/")
                .build()
                .toString();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
