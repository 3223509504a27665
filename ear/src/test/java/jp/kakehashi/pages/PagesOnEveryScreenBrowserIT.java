package jp.kakehashi.pages;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every main page of the shop, the member's area and the admin console, in Japanese and in English, on a phone
 * (360 px wide) and on a desktop (1280 px): no WCAG 2.1 AA violation axe-core finds, no horizontal scrolling of the page
 * (a wide table scrolls inside its own box), no translation key missing from a bundle. All findings are reported at
 * once, page by page.
 */
@ExtendWith(Browsers.class)
class PagesOnEveryScreenBrowserIT {

    private static final List<String> SHOP = List.of("/shop/index.xhtml", "/shop/login.xhtml", "/shop/register.xhtml");
    private static final List<String> MEMBER = List.of("/member/index.xhtml", "/member/account.xhtml", "/member/devices.xhtml");
    private static final List<String> ADMIN = List.of("/admin/index.xhtml", "/admin/queues.xhtml", "/admin/sns.xhtml",
            "/admin/devices.xhtml", "/admin/members.xhtml", "/admin/models.xhtml", "/admin/audit.xhtml", "/admin/receptions.xhtml",
            "/admin/parked.xhtml", "/admin/drs-calls.xhtml");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<Dimension> SCREENS = List.of(new Dimension(360, 800), new Dimension(1280, 900));

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
        ShopPages.registerMember(shopper, "画面 確認", "pages-" + UUID.randomUUID() + "@example.jp", "every page on every screen");
        MEMBER.forEach(page -> check(shopper, page, findings));

        WebDriver admin = browsers.open(language);
        AdminPages.signIn(admin);
        ADMIN.forEach(page -> check(admin, page, findings));

        assertEquals("", String.join("\n", findings), "pages in " + language);
    }

    private static void check(WebDriver browser, String page, List<String> findings) {
        for (Dimension screen : SCREENS) {
            browser.manage().window().setSize(screen);
            browser.get(KakehashiServer.baseUrl() + page);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
            String where = page + " at " + screen.getWidth() + " px: ";
            JavascriptExecutor script = (JavascriptExecutor) browser;
            Number overflow = (Number) script.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow.intValue() > 0) {
                findings.add(where + "the page scrolls sideways by " + overflow + " px (widest: " + script.executeScript("""
                        let widest = null;
                        for (const element of document.body.querySelectorAll('*')) {
                            if (element.closest('.table-scroll')) {
                                continue;
                            }
                            const right = element.getBoundingClientRect().right;
                            if (right > document.documentElement.clientWidth && (!widest || right > widest.right)) {
                                widest = {right, what: element.tagName + (element.id ? '#' + element.id : '')
                                    + (element.className && element.className.baseVal === undefined ? '.' + element.className : '')};
                            }
                        }
                        return widest ? widest.what : 'none';""") + ")");
            }
            String text = browser.findElement(By.tagName("body")).getText();
            if (text.contains("???")) {
                findings.add(where + "a translation key is missing: " + text.lines().filter(line -> line.contains("???"))
                        .collect(Collectors.joining(" | ")));
            }
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
            for (Rule violation : results.getViolations()) {
                findings.add(where + violation.getId() + " (" + violation.getHelp() + "): " + violation.getNodes().stream()
                        .limit(3).map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")));
            }
        }
    }
}
