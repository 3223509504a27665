package jp.kakehashi.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kakehashi.testsupport.BesideTheOtherClasses;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.PageChecks;
import jp.kakehashi.testsupport.SandboxMail;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A member's address changed in a browser, in Japanese and in English, each page checked by axe-core at 360 and 1280
 * px: only by the link mailed to the new address, once, and the old address is told without being told the new one.
 */
@ExtendWith(Browsers.class)
@BesideTheOtherClasses
class EmailAddressChangeBrowserIT {

    private static final String CHANGE_PAGE = CredentialSelfServiceBrowserIT.CHANGE_PAGE;

    private final Http http = new Http();
    private final SandboxMail mailbox = new SandboxMail();
    private final List<String> findings = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "en-US"})
    void anAddressChangesOnlyByTheLinkMailedToItOnceAndTheOldAddressIsTold(String language, Browsers browsers) {
        boolean japanese = language.equals("ja");
        String oldEmail = freshEmail("old");
        String newEmail = freshEmail("new");
        WebDriver browser = browsers.open(language);
        ShopPages.signedInMember(browser, "転居 次郎", oldEmail, "the member's password");
        int oldMails = mailbox.to(oldEmail).size();

        browser.get(KakehashiServer.baseUrl() + "/member/account.xhtml");
        Browser.submit(browser, Browser.waitFor(browser, By.id("email-link")));
        check(browser, "/member/email.xhtml");
        Browser.waitFor(browser, By.id("email-change:email")).sendKeys(newEmail);
        browser.findElement(By.id("email-change:current")).sendKeys("the member's password");
        Browser.submit(browser, browser.findElement(By.id("email-change:submit")));
        Browser.textOnceItContains(
                browser, By.id("messages"), japanese ? "新しいアドレスにリンク" : "mailed a link to the new address");

        JsonObject told = mailbox.next(oldEmail, oldMails);
        assertEquals(
                japanese ? "【Kakehashi】メールアドレス変更のお申し込み" : "[Kakehashi] A change of your email address was requested",
                told.getString("subject"));
        assertTrue(!told.getString("text").contains(newEmail), "the old address is not told the new one");
        String link = SandboxMail.linkTo(mailbox.next(newEmail, 0), CHANGE_PAGE).orElseThrow();
        assertEquals(200, new MemberApi(http, oldEmail, "the member's password").setUpStatus(), "nothing changed yet");

        WebDriver elsewhere = browsers.open(language);
        check(elsewhere, link);
        elsewhere.get(link);
        Browser.submit(elsewhere, Browser.waitFor(elsewhere, By.id("confirm-change:confirm")));
        Browser.waitFor(elsewhere, By.id("change-done"));
        elsewhere.get(link);
        Browser.waitFor(elsewhere, By.id("change-used"));
        assertTrue(
                elsewhere.findElements(By.id("confirm-change:confirm")).isEmpty(),
                "a used link offers nothing to press");

        assertEquals(200, new MemberApi(http, newEmail, "the member's password").setUpStatus());
        assertEquals(401, new MemberApi(http, oldEmail, "the member's password").setUpStatus());
        assertEquals(
                japanese ? "【Kakehashi】メールアドレスが変更されました" : "[Kakehashi] Your email address was changed",
                mailbox.next(oldEmail, oldMails + 1).getString("subject"));
        browser.get(KakehashiServer.baseUrl() + "/member/account.xhtml");
        assertEquals(
                newEmail,
                Browser.waitFor(browser, By.id("profile-email")).getText().strip());
        assertEquals("", String.join("\n", findings));
    }

    private void check(WebDriver browser, String page) {
        PageChecks.checkOnEveryScreen(browser, page, findings);
    }

    private static String freshEmail(String prefix) {
        return "credentials-" + prefix + "-" + UUID.randomUUID() + "@example.jp";
    }
}
