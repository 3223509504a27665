package jp.kakehashi.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * A typed e-mail address is proved by a one-time link, sent through Jakarta Mail to the sandbox's SMTP server, before
 * it signs in (page or API) or links an Amazon account; and the registration form never tells whether an address is
 * a member's.
 */
@ExtendWith(Browsers.class)
class EmailVerificationBrowserIT {

    private final Http http = new Http();
    private final SandboxMail mailbox = new SandboxMail();

    @Test
    void aTypedAddressSignsInOnlyAfterItsLinkIsConfirmedAndTheLinkWorksOnce(Browsers browsers) {
        String email = freshEmail("verify");
        WebDriver browser = browsers.open("ja");
        ShopPages.submitRegistration(browser, KakehashiServer.baseUrl(), "確認 太郎", email, "correct horse battery");
        Browser.waitFor(browser, By.id("register-sent"));
        JsonObject mail = mailbox.next(email, 0);
        assertEquals("【Kakehashi】メールアドレスのご確認", mail.getString("subject"));
        assertTrue(mail.getString("text").startsWith("確認 太郎 様"), mail.getString("text"));
        String firstLink = SandboxMail.linkIn(mail).orElseThrow();

        assertEquals(
                401, new MemberApi(http, email, "correct horse battery").setUpStatus(), "no API call before the link");
        ShopPages.logIn(browser, KakehashiServer.baseUrl(), email, "correct horse battery");
        assertTrue(Browser.textOnceItContains(browser, By.id("messages"), "確認がまだ済んでいません")
                .contains("お送りしました"));
        String secondLink = mailbox.nextVerificationLink(email, 1);
        assertFalse(firstLink.equals(secondLink));

        browser.get(firstLink);
        Browser.waitFor(browser, By.id("verify:confirm"));
        assertEquals(
                401,
                new MemberApi(http, email, "correct horse battery").setUpStatus(),
                "opening the link confirms nothing");
        Browser.submit(browser, browser.findElement(By.id("verify:confirm")));
        Browser.waitFor(browser, By.id("verify-confirmed"));

        browser.get(secondLink);
        Browser.submit(browser, Browser.waitFor(browser, By.id("verify:confirm")));
        Browser.waitFor(browser, By.id("verify-invalid"));

        ShopPages.logIn(browser, KakehashiServer.baseUrl(), email, "correct horse battery");
        assertEquals(
                "確認 太郎 さん、ようこそ",
                Browser.waitFor(browser, By.id("member-welcome")).getText());
        assertEquals(200, new MemberApi(http, email, "correct horse battery").setUpStatus());
    }

    @Test
    void registeringAMembersAddressAgainLooksTheSameChangesNothingAndOnlyMailsTheMember(Browsers browsers) {
        String email = ShopPages.newMember("member", "本人 花子", "the member's own password");
        int mailsBefore = mailbox.to(email).size();

        WebDriver other = browsers.open("ja");
        ShopPages.submitRegistration(
                other, KakehashiServer.baseUrl(), "別人", email.toUpperCase(), "somebody else's password");
        String takenAnswer = Browser.waitFor(other, By.tagName("main")).getText();
        ShopPages.submitRegistration(
                other, KakehashiServer.baseUrl(), "別人", freshEmail("free"), "somebody else's password");
        String freeAnswer = Browser.waitFor(other, By.tagName("main")).getText();
        assertEquals(freeAnswer, takenAnswer, "a member's address and a free one get the same page");

        JsonObject notice = mailbox.next(email, mailsBefore);
        assertTrue(SandboxMail.linkIn(notice).isEmpty(), "no verification link for a member's address: " + notice);
        assertTrue(
                notice.getJsonArray("links").getValuesAs(JsonString.class).stream()
                        .anyMatch(link -> link.getString().endsWith("/shop/login.xhtml")),
                notice.toString());
        assertFalse(notice.getString("text").contains("別人"), "the notice repeats nothing the other person typed");
        assertEquals(401, new MemberApi(http, email, "somebody else's password").setUpStatus());
        assertEquals(200, new MemberApi(http, email, "the member's own password").setUpStatus());
    }

    @Test
    void theNewestOfTwoUnconfirmedRegistrationsOfOneAddressIsTheOneThatCounts(Browsers browsers) {
        String email = freshEmail("squat");
        WebDriver browser = browsers.open("ja");
        ShopPages.submitRegistration(browser, KakehashiServer.baseUrl(), "先 登録", email, "the first password");
        String firstLink = mailbox.nextVerificationLink(email, 0);
        ShopPages.submitRegistration(browser, KakehashiServer.baseUrl(), "後 登録", email, "the second password");
        String secondLink = mailbox.nextVerificationLink(email, 1);

        browser.get(firstLink);
        Browser.submit(browser, Browser.waitFor(browser, By.id("verify:confirm")));
        Browser.waitFor(browser, By.id("verify-invalid"));
        ShopPages.confirmEmail(browser, secondLink);

        assertEquals(200, new MemberApi(http, email, "the second password").setUpStatus());
        assertEquals(401, new MemberApi(http, email, "the first password").setUpStatus());
    }

    @Test
    void aBrokenOrMissingLinkSaysSoInEnglish(Browsers browsers) {
        WebDriver browser = browsers.open("en-US");
        browser.get(KakehashiServer.baseUrl() + SandboxMail.VERIFY_PAGE + "not-a-token-we-sent");
        Browser.submit(browser, Browser.waitFor(browser, By.id("verify:confirm")));
        assertTrue(Browser.waitFor(browser, By.id("verify-invalid")).getText().contains("cannot be used"));

        browser.get(KakehashiServer.baseUrl() + "/shop/verify-email.xhtml");
        Browser.waitFor(browser, By.id("verify-invalid"));
        assertTrue(browser.findElements(By.id("verify:confirm")).isEmpty());
    }

    @Test
    void anEnglishRegistrationIsMailedInEnglish(Browsers browsers) {
        String email = freshEmail("english");
        WebDriver browser = browsers.open("en-US");
        ShopPages.submitRegistration(browser, KakehashiServer.baseUrl(), "Ann Example", email, "correct horse battery");
        assertTrue(Browser.waitFor(browser, By.id("register-sent")).getText().contains("check your mail"));
        JsonObject mail = mailbox.next(email, 0);
        assertEquals("[Kakehashi] Please confirm your email address", mail.getString("subject"));
        assertTrue(mail.getString("text").startsWith("Dear Ann Example,"), mail.getString("text"));
    }

    @Test
    void anAmazonMemberWhoTypesAnotherAddressSignsInWithAmazonAtOnceAndByPasswordOnceItIsConfirmed(Browsers browsers) {
        String buyer = ShopPages.newAmazonBuyer(http, "pay-tester").getString("key");
        String email = freshEmail("own-address");
        WebDriver browser = browsers.open("ja");
        browser.get(KakehashiServer.baseUrl() + "/shop/register.xhtml");
        ShopPages.signInAtAmazon(browser, "amazon-signin-register", buyer);
        Browser.waitFor(browser, By.id("prefilled"));
        browser.findElement(By.id("register:email")).clear();
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys("correct horse battery");
        Browser.submit(browser, browser.findElement(By.id("register:submit")));

        Browser.waitFor(browser, By.id("member-welcome"));
        assertEquals(401, new MemberApi(http, email, "correct horse battery").setUpStatus());
        ShopPages.confirmEmail(browser, mailbox.nextVerificationLink(email, 0));
        assertEquals(200, new MemberApi(http, email, "correct horse battery").setUpStatus());
    }

    @Test
    void anAddressTypedAtAmazonRegistrationGoesToItsOwnerWhoRegistersItAndTheAmazonMemberKeepsSigningInWithAmazon(
            Browsers browsers) {
        String buyer = ShopPages.newAmazonBuyer(http, "pay-tester").getString("key");
        String email = freshEmail("somebody-elses");
        WebDriver typist = browsers.open("ja");
        typist.get(KakehashiServer.baseUrl() + "/shop/register.xhtml");
        ShopPages.signInAtAmazon(typist, "amazon-signin-register", buyer);
        Browser.waitFor(typist, By.id("prefilled"));
        typist.findElement(By.id("register:email")).clear();
        typist.findElement(By.id("register:email")).sendKeys(email);
        typist.findElement(By.id("register:password")).sendKeys("the typist's password");
        Browser.submit(typist, typist.findElement(By.id("register:submit")));
        Browser.waitFor(typist, By.id("member-welcome"));
        assertEquals(401, new MemberApi(http, email, "the typist's password").setUpStatus());

        WebDriver owner = browsers.open("ja");
        ShopPages.submitRegistration(owner, KakehashiServer.baseUrl(), "持ち主 次郎", email, "the owner's password");
        Browser.waitFor(owner, By.id("register-sent"));
        ShopPages.confirmEmail(owner, mailbox.nextVerificationLink(email, 1));

        assertEquals(200, new MemberApi(http, email, "the owner's password").setUpStatus());
        assertEquals(401, new MemberApi(http, email, "the typist's password").setUpStatus());
        typist.manage().deleteAllCookies();
        typist.get(KakehashiServer.baseUrl() + "/shop/login.xhtml");
        ShopPages.signInAtAmazon(typist, "amazon-signin-login", buyer);
        Browser.waitFor(typist, By.id("member-welcome"));
        typist.get(KakehashiServer.baseUrl() + "/member/account.xhtml");
        assertTrue(Browser.textOnceItContains(typist, By.id("profile-email"), "登録なし")
                .contains("持ち主が会員登録しました"));
    }

    private static String freshEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.jp";
    }
}
