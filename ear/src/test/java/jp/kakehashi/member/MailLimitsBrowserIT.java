package jp.kakehashi.member;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.BesideTheOtherClasses;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SandboxMail;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * The per-source mail limit on the running server: the test server allows 3 mails a source within the hour
 * (ear/src/test/liberty/server.env), and a browser sends its registrations through a forwarded address of its own
 * (loopback is a trusted proxy there, so Liberty's remoteIp takes X-Forwarded-For as the client).
 */
@ExtendWith(Browsers.class)
@BesideTheOtherClasses
class MailLimitsBrowserIT {

    private static final int MAX_PER_SOURCE = 3;

    private final SandboxMail mailbox = new SandboxMail();

    @Test
    void aSourceOverItsLimitIsToldSoAndNothingIsStoredOrSentWhileAnotherSourceStillRegisters(Browsers browsers) {
        WebDriver visitor = browsers.open("ja");
        comeFrom(visitor, newSource());
        for (int i = 0; i < MAX_PER_SOURCE; i++) {
            String email = freshEmail("within-" + i);
            ShopPages.submitRegistration(visitor, KakehashiServer.baseUrl(), "上限 太郎", email, "correct horse battery");
            Browser.waitFor(visitor, By.id("register-sent"));
            mailbox.nextVerificationLink(email, 0);
        }

        String refused = freshEmail("over");
        ShopPages.submitRegistration(visitor, KakehashiServer.baseUrl(), "上限 太郎", refused, "correct horse battery");
        String message = Browser.textOnceItContains(visitor, By.id("messages"), "上限に達しました");
        assertTrue(message.contains("登録もメールの送信も行っていません"), message);
        assertTrue(visitor.findElements(By.id("register-sent")).isEmpty(), "still on the form");

        WebDriver english = browsers.open("en-US");
        comeFrom(english, sourceOf(visitor));
        ShopPages.submitRegistration(
                english, KakehashiServer.baseUrl(), "Ann Example", freshEmail("over-en"), "correct horse battery");
        assertTrue(Browser.textOnceItContains(english, By.id("messages"), "Too many registrations from your network")
                .contains("Nothing was registered or sent"));

        WebDriver neighbour = browsers.open("ja");
        comeFrom(neighbour, newSource());
        String allowed = freshEmail("neighbour");
        ShopPages.submitRegistration(neighbour, KakehashiServer.baseUrl(), "隣 花子", allowed, "correct horse battery");
        Browser.waitFor(neighbour, By.id("register-sent"));
        mailbox.nextVerificationLink(allowed, 0);

        Await.holdsFor(
                Duration.ofSeconds(2),
                "no mail to the refused address",
                () -> mailbox.to(refused).isEmpty());
        WebDriver admin = browsers.open("en-US");
        AdminPages.signIn(admin);
        assertTrue(membersFound(admin, allowed).contains(allowed), "the allowed registration is stored");
        assertFalse(membersFound(admin, refused).contains(refused), "nothing stored for the refused one");
    }

    private static String membersFound(WebDriver admin, String search) {
        admin.get(KakehashiServer.baseUrl() + "/admin/members.xhtml");
        Browser.waitFor(admin, By.id("search:text")).sendKeys(search);
        Browser.submit(admin, admin.findElement(By.id("search:submit")));
        return Browser.waitFor(admin, By.tagName("main")).getText();
    }

    private final Map<WebDriver, String> sources = new java.util.HashMap<>();

    /** Every request of this browser carries X-Forwarded-For: the server sees it come from there. */
    private void comeFrom(WebDriver browser, String source) {
        ChromiumDriver chromium = (ChromiumDriver) browser;
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", source)));
        sources.put(browser, source);
    }

    private String sourceOf(WebDriver browser) {
        return sources.get(browser);
    }

    /** An address of the documentation range (RFC 3849) in a /64 of its own: no earlier run's mails count. */
    private static String newSource() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x::1", random.nextInt(0x10000), random.nextInt(0x10000));
    }

    private static String freshEmail(String prefix) {
        return "limit-" + prefix + "-" + UUID.randomUUID() + "@example.jp";
    }
}
