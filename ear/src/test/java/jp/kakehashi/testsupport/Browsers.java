package jp.kakehashi.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/**
 * The browser tests' boilerplate as a JUnit 5 extension: waits for the server, opens browsers for a test and closes
 * every one of them after it, passed or failed (closing hands a browser back to {@link Browser}'s pool with a fresh
 * context: no cookie, no tab, no DevTools setting of the test's is left). Either as a parameter of each test, or as a
 * field of the test class (JUnit makes a test instance per test method, so nothing is shared between tests):
 *
 * <pre>{@code
 * @ExtendWith(Browsers.class)
 * class SomethingBrowserIT {
 *     @Test
 *     void something(Browsers browsers) {
 *         WebDriver browser = browsers.open("ja");
 * }
 *
 * class OtherBrowserIT {
 *     @RegisterExtension
 *     final Browsers browsers = new Browsers();
 * }</pre>
 */
public final class Browsers implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browsers.class);

    private final List<WebDriver> opened = new ArrayList<>();

    /** A new browser preferring this language ("ja", "en-US"), closed after the test; the server is ready first. */
    public WebDriver open(String language) {
        if (opened.isEmpty()) {
            KakehashiServer.awaitReady();
        }
        WebDriver browser = Browser.open(language);
        opened.add(browser);
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        KakehashiServer.awaitReady();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browsers.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("browsers", key -> new Browsers(), Browsers.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browsers handedOut = context.getStore(NAMESPACE).remove("browsers", Browsers.class);
        if (handedOut != null) {
            handedOut.closeAll();
        }
        closeAll();
    }

    private void closeAll() {
        opened.forEach(WebDriver::quit);
        opened.clear();
    }
}
