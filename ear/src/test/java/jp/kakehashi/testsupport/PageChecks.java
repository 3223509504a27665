package jp.kakehashi.testsupport;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page must pass, on a phone (360 px wide) and on a desktop (1280 px): no WCAG 2.1 AA violation axe-core
 * finds, no horizontal scrolling of the page (a wide table scrolls inside its own box), no translation key missing
 * from a bundle. Findings are collected, so that a test reports them all at once.
 */
public final class PageChecks {

    public static final List<Dimension> SCREENS = List.of(new Dimension(360, 800), new Dimension(1280, 900));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private PageChecks() {}

    /**
     * Opens the page (a path of the shop, or a whole URL) on the first screen, then checks it on each, and adds what is
     * wrong to findings. The page is loaded once, on the phone, and the window then widened, as a tablet turned or a
     * window resized would: the pages' layout is CSS alone, and a second load cost a render of the server's and of
     * Chromium's for each check.
     */
    public static void checkOnEveryScreen(WebDriver browser, String page, List<String> findings) {
        String url = page.startsWith("http") ? page : KakehashiServer.baseUrl() + page;
        String name = page.startsWith("http")
                ? page.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "")
                : page;
        browser.manage().window().setSize(SCREENS.get(0));
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        for (Dimension screen : SCREENS) {
            browser.manage().window().setSize(screen);
            checkShown(browser, name + " at " + screen.getWidth() + " px: ", findings);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The findings on one page on every screen, for a test that asserts there are none. */
    public static String findings(WebDriver browser, String page) {
        List<String> findings = new ArrayList<>();
        checkOnEveryScreen(browser, page, findings);
        return String.join("\n", findings);
    }

    /** The page the browser shows now, as it is. */
    public static void checkShown(WebDriver browser, String where, List<String> findings) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        Number overflow = (Number) script.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (overflow.intValue() > 0) {
            findings.add(where + "the page scrolls sideways by " + overflow + " px (widest: "
                    + script.executeScript("""
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
            findings.add(where + "a translation key is missing: "
                    + text.lines().filter(line -> line.contains("???")).collect(Collectors.joining(" | ")));
        }
        // Legacy mode runs axe in the page itself: the default opens a blank tab for each check to merge the results
        // of frames, which no page of ours has, and costs a quarter more of Chromium's CPU
        Results results =
                new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(browser);
        for (Rule violation : results.getViolations()) {
            findings.add(where + violation.getId() + " (" + violation.getHelp() + "): "
                    + violation.getNodes().stream()
                            .limit(3)
                            .map(node -> String.valueOf(node.getTarget()))
                            .collect(Collectors.joining(", ")));
        }
    }
}
