package jp.kakehashi.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Issue 29's admin actions on a member, walked in Japanese and in English, each state the admin's member page reaches
 * (the page on every screen, each confirmation) checked with axe-core: an admin disables the member (whose open session
 * ends and who cannot sign in), enables them and deletes them on request. The member's own account flow is
 * MemberAccountBrowserIT's.
 */
@ExtendWith(Browsers.class)
@BesideTheOtherClasses
@Order(3)
class MemberDisabledByAnAdminBrowserIT {

    private static final String PASSWORD = "account pages password";

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
}
