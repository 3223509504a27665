package jp.kakehashi.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its own chromedriver, both named explicitly so that Selenium never tries to
 * download a browser or a driver. Launching Chromium costs seconds (five on a busy 2-core machine, about 55 launches
 * in a suite), so the browsers of a test JVM are reused: {@link WebDriver#quit()} on a browser from {@link #open} does
 * not end it but hands it back with a fresh context (one new blank tab at 1280 x 900, the other tabs closed with
 * whatever the test set on them through the DevTools, every cookie and the cache cleared, the default timeouts), and
 * the next {@link #open} of the same language takes it. A browser that cannot be reset is quit for real. What a test
 * sees is the same as with a newly launched browser: no session, no cookie, no history.
 */
public final class Browser {

    /**
     * Debian's Chromium headless shell (package chromium-headless-shell), the browser's engine without its desktop
     * layers, as Puppeteer and Playwright run it: the browser tests took 35% less of Chromium's CPU than with the full
     * browser (292 against 448 CPU seconds for every browser class, docs/testing.md). Without the shell, the full
     * browser itself, not its /usr/bin/chromium launcher, which adds flags of a desktop's (GPU rasterization, the
     * packaged extensions, loaded into every launch).
     */
    private static final String CHROMIUM = System.getProperty(
            "kakehashi.chromium",
            firstInstalled(
                    "/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/chromium", "/usr/bin/chromium"));

    private static final String CHROMEDRIVER = System.getProperty("kakehashi.chromedriver", "/usr/bin/chromedriver");
    private static final Dimension WINDOW = new Dimension(1280, 900);
    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);
    /** Idle browsers kept per language: more than a test opens at once only costs memory. */
    private static final int IDLE_PER_KIND = 2;

    private static final Map<String, Deque<Reused>> IDLE = new HashMap<>();
    private static final Set<Reused> ALL = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ALL.forEach(Reused::end), "browsers-quit"));
    }

    private Browser() {}

    private static String firstInstalled(String... executables) {
        for (String executable : executables) {
            if (Files.isExecutable(Path.of(executable))) {
                return executable;
            }
        }
        return executables[executables.length - 1];
    }

    /** A browser whose Accept-Language prefers the given language (for example "ja" or "en-US"). */
    public static ChromeDriver open(String language) {
        return open(language, new ChromeOptions());
    }

    /**
     * The same, keeping Chromium's performance log: every URL the browser requested, redirects included, is then
     * readable with {@link #requestedUrls} (tests that must know the values a page's address carried).
     */
    public static ChromeDriver openRecordingRequests(String language) {
        ChromeOptions options = new ChromeOptions();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return open(language, options);
    }

    /** The URLs the browser requested since the last call (a browser opened by {@link #openRecordingRequests}). */
    public static List<String> requestedUrls(WebDriver browser) {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            try (JsonReader reader = Json.createReader(new StringReader(entry.getMessage()))) {
                JsonObject message = reader.readObject().getJsonObject("message");
                if ("Network.requestWillBeSent".equals(message.getString("method", ""))) {
                    urls.add(message.getJsonObject("params")
                            .getJsonObject("request")
                            .getString("url"));
                }
            }
        }
        return urls;
    }

    private static ChromeDriver open(String language, ChromeOptions options) {
        boolean recording = options.getCapability("goog:loggingPrefs") != null;
        String kind = language + (recording ? "+requests" : "");
        Reused idle;
        synchronized (IDLE) {
            idle = IDLE.getOrDefault(kind, new ArrayDeque<>()).pollFirst();
        }
        if (idle != null && idle.getSessionId() != null) {
            return idle;
        }
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                // What Puppeteer leaves out of an automated browser: no extension, no background service, no throttling
                // of a hidden page, one renderer per site at most. A tenth less of Chromium's CPU on four browser
                // classes
                // (105 to 111 CPU seconds against 115 to 131).
                "--disable-extensions",
                "--disable-default-apps",
                "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AcceptCHFrame,"
                        + "AutofillServerCommunication,PaintHolding,BackForwardCache",
                "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                "--disable-background-timer-throttling",
                "--disable-ipc-flooding-protection",
                "--disable-hang-monitor",
                "--disable-breakpad",
                "--disable-client-side-phishing-detection",
                "--metrics-recording-only",
                "--password-store=basic",
                "--use-mock-keychain",
                "--mute-audio",
                "--disable-site-isolation-trials",
                "--renderer-process-limit=2",
                "--window-size=1280,900",
                "--lang=" + language,
                // The headless shell has no preferences: its Accept-Language comes from this switch alone
                "--accept-lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                // Not Selenium's usingAnyFreePort, which may fall among the test servers' fixed ports: a chromedriver
                // took 9184 while the crash victim restarted, and answered its /health/ready
                .usingPort(FreePorts.ephemeral())
                .build();
        Reused driver = new Reused(service, options, kind, recording);
        ALL.add(driver);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
        return driver;
    }

    /** A launched Chromium whose {@link #quit()} resets it and keeps it for the next test (see the class comment). */
    private static final class Reused extends ChromeDriver {

        private final String kind;
        private final boolean recording;

        Reused(ChromeDriverService service, ChromeOptions options, String kind, boolean recording) {
            super(service, options);
            this.kind = kind;
            this.recording = recording;
        }

        @Override
        public void quit() {
            synchronized (IDLE) {
                // A second quit (the test's, then the Browsers extension's) must not hand the browser out twice
                if (!ALL.contains(this)
                        || IDLE.getOrDefault(kind, new ArrayDeque<>()).contains(this)) {
                    return;
                }
            }
            if (!reset()) {
                end();
                return;
            }
            synchronized (IDLE) {
                Deque<Reused> idle = IDLE.computeIfAbsent(kind, key -> new ArrayDeque<>());
                if (idle.size() < IDLE_PER_KIND) {
                    idle.addLast(this);
                    return;
                }
            }
            end();
        }

        /** One new blank tab, nothing kept from the test; false when the browser no longer answers as it should. */
        private boolean reset() {
            try {
                String fresh = switchTo().newWindow(WindowType.TAB).getWindowHandle();
                for (String handle : getWindowHandles()) {
                    if (!handle.equals(fresh)) {
                        switchTo().window(handle).close();
                    }
                }
                switchTo().window(fresh);
                executeCdpCommand("Network.clearBrowserCookies", Map.of());
                executeCdpCommand("Network.clearBrowserCache", Map.of());
                manage().window().setSize(WINDOW);
                manage().timeouts()
                        .implicitlyWait(Duration.ZERO)
                        .pageLoadTimeout(PAGE_LOAD_TIMEOUT)
                        .scriptTimeout(Duration.ofSeconds(30));
                if (recording) {
                    manage().logs().get(LogType.PERFORMANCE);
                }
                return getWindowHandles().size() == 1;
            } catch (WebDriverException e) {
                return false;
            }
        }

        private void end() {
            ALL.remove(this);
            try {
                super.quit();
            } catch (WebDriverException e) {
                // Already gone: nothing left to end
            }
        }
    }

    /** The element once it is visible (20 s at most); otherwise an assertion error with the page the browser shows. */
    public static WebElement waitFor(WebDriver browser, By locator) {
        return until(browser, locator + " shown", ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The text of the element once it contains the expected text (20 s at most). */
    public static String textOnceItContains(WebDriver browser, By locator, String expected) {
        return until(browser, expected + " in " + locator, driver -> {
            String text = driver.findElement(locator).getText();
            return text.contains(expected) ? text : null;
        });
    }

    /**
     * Waits (20 s at most) for the condition to give something, reading a page that may be replaced meanwhile: a node
     * of the replaced page counts as "not yet", however chromedriver reports it. Otherwise an assertion error with the
     * page the browser shows.
     */
    public static <T> T until(WebDriver browser, String what, Function<WebDriver, T> condition) {
        return until(browser, what, Duration.ofSeconds(20), condition);
    }

    /** The same with a deadline of the caller's (something that takes its time elsewhere, like an order's life). */
    public static <T> T until(WebDriver browser, String what, Duration deadline, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, deadline)
                    .ignoring(NoSuchElementException.class)
                    .until(driver -> {
                        try {
                            return condition.apply(driver);
                        } catch (StaleElementReferenceException e) {
                            return null;
                        } catch (WebDriverException e) {
                            if (replaced(e)) {
                                return null;
                            }
                            throw e;
                        }
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no " + what + " at " + browser.getCurrentUrl() + ":\n"
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    private static boolean replaced(WebDriverException e) {
        return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /**
     * Clicks something that loads a new page and returns once that page has loaded: an element read afterwards cannot
     * belong to the page that was there before (a read of the old page's node fails with "does not belong to the
     * document" when the new one replaces it).
     */
    public static void submit(WebDriver browser, WebElement trigger) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        trigger.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(driver -> isGone(oldPage));
        wait.until(
                driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /**
     * Whether the element's document was replaced. Chromedriver reports that either as a stale element or as an
     * "unknown error" that the node "does not belong to the document" (Selenium's stalenessOf knows only the first).
     */
    public static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (replaced(e)) {
                return true;
            }
            throw e;
        }
    }
}
