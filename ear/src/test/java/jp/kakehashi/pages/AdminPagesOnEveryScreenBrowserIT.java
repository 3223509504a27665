package jp.kakehashi.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.BesideTheOtherClasses;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.PageChecks;
import jp.kakehashi.testsupport.SharedResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;

/**
 * The admin console's pages other than its lists, in Japanese and in English, on a phone (360 px wide) and on a desktop
 * (1280 px): no WCAG 2.1 AA violation axe-core finds, no horizontal scrolling of the page (a wide table scrolls inside
 * its own box), no translation key missing from a bundle. All findings are reported at once, page by page.
 */
@ExtendWith(Browsers.class)
@BesideTheOtherClasses
@Order(2)
@ResourceLock(value = SharedResources.DEAD_LETTERS, mode = ResourceAccessMode.READ)
class AdminPagesOnEveryScreenBrowserIT {

    /**
     * The admin pages other than the lists (devices, members, audit, receptions, parked notifications, DRS calls),
     * which MemberAndDeviceListsOnEveryScreenBrowserIT and AuditAndSnsListsOnEveryScreenBrowserIT check the
     * same way once each has rows.
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
    void adminPagesPassOnPhonesAndDesktops(String language, Browsers browsers) {
        List<String> findings = new ArrayList<>();
        WebDriver admin = browsers.open(language);
        AdminPages.signIn(admin);
        ADMIN.forEach(page -> PageChecks.checkOnEveryScreen(admin, page, findings));
        assertEquals("", String.join("\n", findings), "admin pages in " + language);
    }
}
