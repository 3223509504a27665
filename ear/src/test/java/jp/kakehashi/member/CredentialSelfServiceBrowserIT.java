package jp.kakehashi.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.FacesForm;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.PageChecks;
import jp.kakehashi.testsupport.SandboxMail;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The shopper's password self-service walked in a browser, in Japanese and in English, each page checked by axe-core
 * at 360 and 1280 px: a forgotten password reset by its mailed link (once only; every session ends), a password
 * changed (the member's other session ends), and a first password set by a member who signed up with Amazon (who can
 * then unlink it). An address changed by the link mailed to the new one is EmailAddressChangeBrowserIT's.
 */
@ExtendWith(Browsers.class)
class CredentialSelfServiceBrowserIT {

    static final String RESET_PAGE = "/shop/reset-password.xhtml?token=";
    static final String CHANGE_PAGE = "/shop/confirm-email-change.xhtml?token=";

    private final Http http = new Http();
    private final SandboxMail mailbox = new SandboxMail();
    private final List<String> findings = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "en-US"})
    void aForgottenPasswordIsResetByItsMailedLinkOnceAndEverySessionEnds(String language, Browsers browsers) {
        boolean japanese = language.equals("ja");
        String email = freshEmail("forgot");
        FacesForm signedIn = ShopPages.signedInOverHttp("忘れ 太郎", email, "the forgotten password");

        WebDriver browser = browsers.open(language);
        browser.get(KakehashiServer.baseUrl() + "/shop/login.xhtml");
        Browser.submit(browser, Browser.waitFor(browser, By.id("forgot-link")));
        check(browser, "/shop/forgot-password.xhtml");
        int mailsBefore = mailbox.to(email).size();
        String memberAnswer = requestReset(browser, email);
        String strangerAnswer = requestReset(browser, freshEmail("nobody"));
        assertEquals(strangerAnswer, memberAnswer, "a member's address and anybody's get the same page");
        check(browser, "/shop/forgot-password-sent.xhtml");

        JsonObject mail = mailbox.next(email, mailsBefore);
        assertEquals(japanese ? "【Kakehashi】パスワードの設定" : "[Kakehashi] Set your password", mail.getString("subject"));
        String link = SandboxMail.linkTo(mail, RESET_PAGE).orElseThrow(() -> new AssertionError("no link in " + mail));
        check(browser, link);
        assertEquals(
                200,
                new MemberApi(http, email, "the forgotten password").setUpStatus(),
                "opening the link changes nothing");

        browser.get(link);
        Browser.waitFor(browser, By.id("reset:password")).sendKeys("short");
        Browser.submit(browser, browser.findElement(By.id("reset:submit")));
        Browser.waitFor(browser, By.cssSelector("#reset .form__error"));
        browser.findElement(By.id("reset:password")).sendKeys("a brand new password");
        Browser.submit(browser, browser.findElement(By.id("reset:submit")));
        Browser.waitFor(browser, By.id("reset-done"));

        browser.get(link);
        assertTrue(
                Browser.waitFor(browser, By.id("reset-used")).getText().contains(japanese ? "すでに使用" : "used already"));
        assertEquals(401, new MemberApi(http, email, "the forgotten password").setUpStatus());
        assertEquals(200, new MemberApi(http, email, "a brand new password").setUpStatus());
        JsonObject notice = mailbox.next(email, mailsBefore + 1);
        assertEquals(
                japanese ? "【Kakehashi】パスワードが変更されました" : "[Kakehashi] Your password was changed",
                notice.getString("subject"));
        assertTrue(SandboxMail.linkTo(notice, RESET_PAGE).isEmpty(), "a notice carries no link that sets a password");

        assertTrue(
                signedIn.get("/member/account.xhtml").body().contains("id=\"login:email\""),
                "the session from before the reset has ended");
        assertEquals("", String.join("\n", findings));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "en-US"})
    void aChangedPasswordEndsTheMembersOtherSessionAndKeepsThisOne(String language, Browsers browsers) {
        boolean japanese = language.equals("ja");
        String email = freshEmail("change");
        WebDriver browser = browsers.open(language);
        ShopPages.signedInMember(browser, "変更 花子", email, "the old password");
        FacesForm other = new FacesForm();
        ShopPages.logIn(other, email, "the old password");
        int mailsBefore = mailbox.to(email).size();

        browser.get(KakehashiServer.baseUrl() + "/member/account.xhtml");
        Browser.submit(browser, Browser.waitFor(browser, By.id("password-link")));
        check(browser, "/member/password.xhtml");
        changePassword(browser, "not the password", "the new password");
        assertTrue(Browser.waitFor(browser, By.cssSelector("#password .form__error"))
                .getText()
                .contains(japanese ? "正しくありません" : "not right"));
        changePassword(browser, "the old password", "the new password");
        Browser.textOnceItContains(browser, By.id("messages"), japanese ? "パスワードを変更しました" : "Your password is changed");
        Browser.waitFor(browser, By.id("profile-email"));

        assertTrue(
                other.get("/member/account.xhtml").body().contains("id=\"login:email\""),
                "the member's other session has ended");
        browser.get(KakehashiServer.baseUrl() + "/member/account.xhtml");
        Browser.waitFor(browser, By.id("profile-email"));
        assertEquals(200, new MemberApi(http, email, "the new password").setUpStatus());
        assertEquals(401, new MemberApi(http, email, "the old password").setUpStatus());
        assertEquals(
                japanese ? "【Kakehashi】パスワードが変更されました" : "[Kakehashi] Your password was changed",
                mailbox.next(email, mailsBefore).getString("subject"));
        assertEquals("", String.join("\n", findings));
    }

    @Test
    void aMemberWhoSignedUpWithAmazonSetsAFirstPasswordAndCanThenUnlinkAmazon(Browsers browsers) {
        WebDriver browser = browsers.open("ja");
        AmazonCustomer.registerIn(browser, http, null);
        browser.get(KakehashiServer.baseUrl() + "/member/account.xhtml");
        assertEquals(
                "パスワードを設定する", Browser.waitFor(browser, By.id("password-link")).getText());
        Browser.submit(browser, browser.findElement(By.id("password-link")));
        assertTrue(browser.findElements(By.id("password:current")).isEmpty(), "no current password to give");
        changePassword(browser, null, "a first password");
        Browser.textOnceItContains(browser, By.id("messages"), "パスワードを設定しました");

        Browser.waitFor(browser, By.id("unlink:submit")).click();
        browser.switchTo().alert().accept();
        Browser.waitFor(browser, By.id("amazon-not-linked"));
        String email = browser.findElement(By.id("profile-email")).getText().strip();
        assertEquals(200, new MemberApi(http, email, "a first password").setUpStatus());
    }

    private String requestReset(WebDriver browser, String email) {
        browser.get(KakehashiServer.baseUrl() + "/shop/forgot-password.xhtml");
        Browser.waitFor(browser, By.id("forgot:email")).sendKeys(email);
        Browser.submit(browser, browser.findElement(By.id("forgot:submit")));
        return Browser.waitFor(browser, By.id("forgot-sent"))
                .findElement(By.xpath("ancestor::main"))
                .getText();
    }

    private static void changePassword(WebDriver browser, String current, String next) {
        if (current != null) {
            Browser.waitFor(browser, By.id("password:current")).sendKeys(current);
        }
        Browser.waitFor(browser, By.id("password:new")).sendKeys(next);
        Browser.submit(browser, browser.findElement(By.id("password:submit")));
    }

    private void check(WebDriver browser, String page) {
        PageChecks.checkOnEveryScreen(browser, page, findings);
    }

    private static String freshEmail(String prefix) {
        return "credentials-" + prefix + "-" + UUID.randomUUID() + "@example.jp";
    }
}
