package jp.kakehashi.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.BesideTheOtherClasses;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.PageChecks;
import jp.kakehashi.testsupport.SandboxMail;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 29's account flows walked in Japanese and in English, each state a page reaches (a form with a mistake, a
 * confirmation, the admin's member page) checked with axe-core; the pages as they first open are
 * MemberPagesOnEveryScreenBrowserIT's. The member corrects their details, downloads their data and deletes the account; an
 * admin disables the member (whose open session ends and who cannot sign in), enables them and deletes them on request.
 */
@ExtendWith(Browsers.class)
@BesideTheOtherClasses
@Order(3)
class MemberAccountBrowserIT {

    private static final String PASSWORD = "account pages password";

    private final SandboxMail mailbox = new SandboxMail();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "en-US"})
    void aMemberCorrectsTheirDetailsDownloadsTheirDataAndDeletesTheAccount(String language, Browsers browsers) {
        boolean japanese = language.equals("ja");
        List<String> findings = new ArrayList<>();
        String email = "account-" + UUID.randomUUID() + "@example.jp";
        WebDriver browser = browsers.open(language);
        ShopPages.signedInMember(browser, "口座 太郎", email, PASSWORD);

        browser.get(KakehashiServer.baseUrl() + "/member/account.xhtml");
        Browser.submit(browser, Browser.waitFor(browser, By.id("edit-profile")));
        type(browser, "profile:name", "口座 花子");
        type(browser, "profile:postalCode", "5300001");
        Browser.submit(browser, browser.findElement(By.id("profile:submit")));
        assertTrue(
                Browser.waitFor(browser, By.cssSelector("#profile .form__error"))
                        .getText()
                        .contains("123-4567"),
                "the postal code's message");
        PageChecks.checkShown(browser, "profile with a mistake: ", findings);
        type(browser, "profile:postalCode", "530-0001");
        new Select(browser.findElement(By.id("profile:prefecture"))).selectByValue("OSAKA");
        type(browser, "profile:line1", "北区梅田1-1");
        int mailsBefore = mailbox.to(email).size();
        Browser.submit(browser, browser.findElement(By.id("profile:submit")));

        assertEquals("口座 花子", Browser.waitFor(browser, By.id("profile-name")).getText());
        assertTrue(browser.findElement(By.id("profile-address")).getText().contains("530-0001"));
        Browser.textOnceItContains(browser, By.id("messages"), japanese ? "保存しました" : "saved");
        PageChecks.checkShown(browser, "account after saving: ", findings);
        assertEquals(
                japanese ? "【Kakehashi】会員情報が変更されました" : "[Kakehashi] Your details were changed",
                mailbox.next(email, mailsBefore).getString("subject"));

        String data = download(
                browser, Browser.waitFor(browser, By.id("download-data")).getAttribute("href"));
        assertTrue(data.contains("\"name\":\"口座 花子\"") && data.contains(email), data);
        assertFalse(data.contains("password_hash") || data.contains("passwordHash"), data);

        browser.get(KakehashiServer.baseUrl() + "/member/delete-account.xhtml");
        Browser.waitFor(browser, By.id("delete:password")).sendKeys("not my password");
        browser.findElement(By.id("delete:understood")).click();
        Browser.submit(browser, browser.findElement(By.id("delete:submit")));
        assertTrue(Browser.waitFor(browser, By.cssSelector("#delete .form__error"))
                .getText()
                .contains(japanese ? "パスワード" : "password"));
        PageChecks.checkShown(browser, "deletion with a wrong password: ", findings);
        Browser.waitFor(browser, By.id("delete:password")).sendKeys(PASSWORD);
        WebElement understood = browser.findElement(By.id("delete:understood"));
        if (!understood.isSelected()) {
            understood.click();
        }
        mailsBefore = mailbox.to(email).size();
        Browser.submit(browser, browser.findElement(By.id("delete:submit")));

        Browser.waitFor(browser, By.id("account-deleted"));
        PageChecks.checkShown(browser, "home after the deletion: ", findings);
        assertEquals(
                japanese ? "【Kakehashi】退会手続きが完了しました" : "[Kakehashi] Your account is deleted",
                mailbox.next(email, mailsBefore).getString("subject"));
        browser.get(KakehashiServer.baseUrl() + "/member/account.xhtml");
        Browser.waitFor(browser, By.id("login:email"));
        ShopPages.logIn(browser, KakehashiServer.baseUrl(), email, PASSWORD);
        Browser.waitFor(browser, By.id("messages"));
        assertTrue(browser.findElements(By.id("member-welcome")).isEmpty(), "a deleted member signs in no more");
        assertEquals("", String.join("\n", findings), "pages in " + language);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "en-US"})
    void anAdminDisablesAMemberWhoseSessionEndsThenEnablesAndDeletesThemOnRequest(String language, Browsers browsers) {
        boolean japanese = language.equals("ja");
        List<String> findings = new ArrayList<>();
        String email = "disable-" + UUID.randomUUID() + "@example.jp";
        WebDriver member = browsers.open(language);
        ShopPages.signedInMember(member, "停止 対象", email, PASSWORD);
        WebDriver admin = browsers.open(language);
        AdminPages.signIn(admin);

        admin.get(KakehashiServer.baseUrl() + "/admin/members.xhtml");
        AdminPages.waitFor(admin, By.id("search:text")).sendKeys(email);
        Browser.submit(admin, admin.findElement(By.id("search:submit")));
        Browser.submit(admin, AdminPages.waitFor(admin, By.cssSelector("a[id$=':detail']")));
        assertEquals(email, AdminPages.waitFor(admin, By.id("member-email")).getText());
        String memberId = admin.findElement(By.id("member-id")).getText();
        PageChecks.checkOnEveryScreen(admin, "/admin/member.xhtml?id=" + memberId, findings);

        act(admin, "disable", findings);
        AdminPages.messageContaining(admin, japanese ? "停止しました" : "disabled");
        assertEquals(
                japanese ? "停止中" : "Disabled",
                admin.findElement(By.id("member-state")).getText());
        member.get(KakehashiServer.baseUrl() + "/member/account.xhtml");
        Browser.waitFor(member, By.id("login:email"));
        ShopPages.logIn(member, KakehashiServer.baseUrl(), email, PASSWORD);
        Browser.waitFor(member, By.id("messages"));
        assertTrue(member.findElements(By.id("member-welcome")).isEmpty(), "a disabled member cannot sign in");

        act(admin, "enable", findings);
        AdminPages.messageContaining(admin, japanese ? "解除しました" : "enabled");
        assertTrue(admin.findElement(By.id("member-activity")).getText().contains("DISABLE_MEMBER"));
        ShopPages.logIn(member, KakehashiServer.baseUrl(), email, PASSWORD);
        Browser.waitFor(member, By.id("member-welcome"));

        act(admin, "delete", findings);
        AdminPages.messageContaining(admin, japanese ? "削除しました" : "deleted");
        member.get(KakehashiServer.baseUrl() + "/member/account.xhtml");
        Browser.waitFor(member, By.id("login:email"));
        assertEquals("", String.join("\n", findings), "pages in " + language);
    }

    /** Asks for an action on the admin's member page, checks the confirmation, and confirms. */
    private static void act(WebDriver admin, String action, List<String> findings) {
        Browser.submit(admin, AdminPages.waitFor(admin, By.id("actions:" + action)));
        AdminPages.waitFor(admin, By.id("confirm-text"));
        PageChecks.checkShown(admin, "confirming " + action + ": ", findings);
        Browser.submit(admin, admin.findElement(By.id("actions:confirm")));
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = Browser.waitFor(browser, By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** What the page's download link gives, fetched as the browser would with its session. */
    private static String download(WebDriver browser, String href) {
        return (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        href);
    }
}
