package jp.kakehashi.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The admin console as an administrator uses it, with the default profile's administrator. */
public final class AdminPages {

    /** The default profile's demo administrator (the README prints the password). */
    public static final String USER = "admin";

    public static final String PASSWORD = System.getProperty("kakehashi.admin.password", "kakehashi-admin-demo");

    private AdminPages() {}

    /** Signs in on the admin login page and waits for the dashboard. */
    public static void signIn(WebDriver browser) {
        browser.get(KakehashiServer.baseUrl() + "/admin/login.xhtml");
        submitLogin(browser, USER, PASSWORD);
        waitFor(browser, By.id("count-members"));
    }

    public static void submitLogin(WebDriver browser, String user, String password) {
        WebElement userField = waitFor(browser, By.id("login:user"));
        userField.clear();
        userField.sendKeys(user);
        browser.findElement(By.id("login:password")).clear();
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    public static WebElement waitFor(WebDriver browser, By locator) {
        return Browser.waitFor(browser, locator);
    }

    /** The page's global messages once they show the expected text. */
    public static String messageContaining(WebDriver browser, String text) {
        return Browser.textOnceItContains(browser, By.id("messages"), text);
    }

    /** An Authorization header for the admin API. */
    public static String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
