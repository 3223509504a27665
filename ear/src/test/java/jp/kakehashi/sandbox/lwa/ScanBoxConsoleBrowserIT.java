package jp.kakehashi.sandbox.lwa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo's fulfilment-centre step: "Scan box" on the console's pre-registered devices publishes the device's
 * DeviceRegisteredNotification, which the sandbox's SNS delivers to Kakehashi's endpoint, which accepts it.
 */
class ScanBoxConsoleBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver browser;

    @Test
    void scanningABoxDeliversItsNotificationToKakehashi() {
        browser = browsers.open("en-US");
        browser.get(KakehashiServer.baseUrl() + "/amazon-sandbox/console/lwa.xhtml");

        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$='scan-box']")))
                .click();

        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textMatches(
                        By.tagName("body"), Pattern.compile("SNS message [0-9a-f-]+ published")));
        String message = browser.findElement(By.tagName("body")).getText();
        Matcher published =
                Pattern.compile("SNS message ([0-9a-f-]+) published").matcher(message);
        assertTrue(published.find(), message);
        String messageId = published.group(1);

        Http http = new Http();
        Await.present(
                () -> Optional.of(http.get("/amazon-sandbox/api/sandbox/sns/deliveries?messageId=" + messageId)
                                .body())
                        .filter(log -> Json.createReader(new StringReader(log)).readArray().stream()
                                .map(JsonValue::asJsonObject)
                                .anyMatch(
                                        attempt -> attempt.getString("endpoint").endsWith("/sns/notifications")
                                                && attempt.getString("outcome").equals("DELIVERED"))),
                Duration.ofSeconds(20));
    }

    @Test
    void aDevicePreRegisteredOnTheConsoleIsConfirmedAndListed() {
        String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        browser = browsers.open("en-US");
        browser.get(KakehashiServer.baseUrl() + "/amazon-sandbox/console/lwa.xhtml");

        new Select(Browser.waitFor(browser, By.id("pre-register:model"))).selectByValue("KAKEHASHI_COFFEE_01");
        browser.findElement(By.id("pre-register:serial")).sendKeys(serial);
        Browser.submit(browser, browser.findElement(By.id("pre-register:submit")));

        // The confirmation comes with the page that answers the form, every time: not through a redirect's flash
        Browser.textOnceItContains(browser, By.tagName("body"), "Pre-registered " + serial + " (KAKEHASHI_COFFEE_01).");
        assertTrue(browser.findElement(By.id("devices")).getText().contains(serial));
    }
}
