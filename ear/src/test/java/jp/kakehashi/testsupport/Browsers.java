package jp.kakehashi.testsupport;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;

/**
 * The browser tests' boilerplate as a JUnit 5 extension: waits for the server before the class's tests, hands each test
 * the {@code Browsers} it asks for as a parameter, and closes every browser it opened after the test, passed or failed.
 * Each test has its own instance: nothing is shared between tests.
 *
 * <pre>{@code
 * @ExtendWith(Browsers.class)
 * class SomethingBrowserIT {
 *     @Test
 *     void something(Browsers browsers) {
 *         WebDriver browser = browsers.open("ja");
 * }</pre>
 */
public final class Browsers implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browsers.class);

    private final List<WebDriver> opened = new ArrayList<>();

    /** A new browser preferring this language ("ja", "en-US"), closed after the test. */
    public WebDriver open(String language) {
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
        Browsers browsers = context.getStore(NAMESPACE).remove("browsers", Browsers.class);
        if (browsers != null) {
            browsers.opened.forEach(WebDriver::quit);
        }
    }
}
