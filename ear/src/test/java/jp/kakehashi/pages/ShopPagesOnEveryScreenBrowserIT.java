package jp.kakehashi.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import jp.kakehashi.testsupport.BesideTheOtherClasses;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.PageChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;

/**
 * The shop's pages a shopper sees before signing in, in Japanese and in English, on a phone (360 px wide) and on a
 * desktop (1280 px): no WCAG 2.1 AA violation axe-core finds, no horizontal scrolling of the page, no translation key
 * missing from a bundle. All findings are reported at once, page by page. The member's pages are
 * {@link MemberPagesOnEveryScreenBrowserIT}'s, the admin console's {@link AdminPagesOnEveryScreenBrowserIT}'s: three
 * classes, each short, that run beside the others.
 */
@ExtendWith(Browsers.class)
@BesideTheOtherClasses
class ShopPagesOnEveryScreenBrowserIT {

    private static final List<String> SHOP = List.of("/shop/index.xhtml", "/shop/login.xhtml", "/shop/register.xhtml");

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "en-US"})
    void shopPagesPassOnPhonesAndDesktops(String language, Browsers browsers) {
        List<String> findings = new ArrayList<>();
        WebDriver shopper = browsers.open(language);
        SHOP.forEach(page -> PageChecks.checkOnEveryScreen(shopper, page, findings));
        assertEquals("", String.join("\n", findings), "shop pages in " + language);
    }
}
