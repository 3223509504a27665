package jp.kakehashi.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kakehashi.testsupport.BesideTheOtherClasses;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.PageChecks;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;

/**
 * Every page of the member's area as it first opens for a member who just signed up, in Japanese and in English, on a
 * phone (360 px wide) and on a desktop (1280 px): no WCAG 2.1 AA violation axe-core finds, no horizontal scrolling of
 * the page (a wide table scrolls inside its own box), no translation key missing from a bundle. All findings are
 * reported at once, page by page.
 */
@ExtendWith(Browsers.class)
@BesideTheOtherClasses
@Order(2)
class MemberPagesOnEveryScreenBrowserIT {

    private static final List<String> MEMBER = List.of(
            "/member/index.xhtml",
            "/member/account.xhtml",
            "/member/devices.xhtml",
            "/member/profile.xhtml",
            "/member/delete-account.xhtml");

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "en-US"})
    void memberPagesPassOnPhonesAndDesktops(String language, Browsers browsers) {
        List<String> findings = new ArrayList<>();
        WebDriver member = browsers.open(language);
        ShopPages.signedInMember(
                member, "画面 確認", "pages-" + UUID.randomUUID() + "@example.jp", "every page on every screen");
        MEMBER.forEach(page -> PageChecks.checkOnEveryScreen(member, page, findings));
        assertEquals("", String.join("\n", findings), "member pages in " + language);
    }
}
