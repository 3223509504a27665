package jp.kakehashi.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.BesideTheOtherClasses;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.PageChecks;
import jp.kakehashi.testsupport.SharedResources;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;

/**
 * Every main page of the shop, the member's area and the admin console, in Japanese and in English, on a phone
 * (360 px wide) and on a desktop (1280 px): no WCAG 2.1 AA violation axe-core finds, no horizontal scrolling of the page
 * (a wide table scrolls inside its own box), no translation key missing from a bundle. All findings are reported at
 * once, page by page.
 */
@ExtendWith(Browsers.class)
@BesideTheOtherClasses
@Order(2)
@ResourceLock(value = SharedResources.DEAD_LETTERS, mode = ResourceAccessMode.READ)
class PagesOnEveryScreenBrowserIT {

    private static final List<String> SHOP = List.of("/shop/index.xhtml", "/shop/login.xhtml", "/shop/register.xhtml");
    private static final List<String> MEMBER = List.of(
            "/member/index.xhtml",
            "/member/account.xhtml",
            "/member/devices.xhtml",
            "/member/profile.xhtml",
            "/member/delete-account.xhtml");
    /**
     * The admin pages other than the lists (devices, members, audit, receptions, parked notifications, DRS calls),
     * which AdminListsBrowserIT checks the same way once each has rows.
     */
    private static final List<String> ADMIN = List.of(
            "/admin/index.xhtml",
            "/admin/queues.xhtml",
            "/admin/sns.xhtml",
            "/admin/models.xhtml",
            "/admin/queues.xhtml?name=SnsInboundQueue.DLQ");

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "en-US"})
    void shopMemberAndAdminPagesPassOnPhonesAndDesktops(String language, Browsers browsers) {
        List<String> findings = new ArrayList<>();
        WebDriver shopper = browsers.open(language);
        SHOP.forEach(page -> check(shopper, page, findings));
        ShopPages.signedInMember(
                shopper, "画面 確認", "pages-" + UUID.randomUUID() + "@example.jp", "every page on every screen");
        MEMBER.forEach(page -> check(shopper, page, findings));

        WebDriver admin = browsers.open(language);
        AdminPages.signIn(admin);
        ADMIN.forEach(page -> check(admin, page, findings));

        assertEquals("", String.join("\n", findings), "pages in " + language);
    }

    private static void check(WebDriver browser, String page, List<String> findings) {
        PageChecks.checkOnEveryScreen(browser, page, findings);
    }
}
