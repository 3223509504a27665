package jp.kakehashi.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Issue 29's account flow of the member's own, walked in Japanese and in English, each state a page reaches (a form with
 * a mistake, a confirmation) checked with axe-core; the pages as they first open are MemberPagesOnEveryScreenBrowserIT's.
 * The member corrects their details, downloads their data and deletes the account. An admin's actions on a member are
 * MemberDisabledByAnAdminBrowserIT's.
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
