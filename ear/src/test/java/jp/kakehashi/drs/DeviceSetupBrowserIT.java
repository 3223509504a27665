package jp.kakehashi.drs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SandboxDevices;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The DRS pre-registration guide in the companion app (our web page), through the sandbox: a pre-registered device is set up at once and
 * skips the DRS teaser; a device that was not pre-registered reaches the teaser and completes the standard Login
 * with Amazon setup; a serial that breaks its model's expression is refused on the page.
 */
class DeviceSetupBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver browser;

    @Test
    void aPreRegisteredDeviceIsSetUpWithoutTheTeaserAndCanBeRemoved() {
        // The customer Amazon registered the device to: registered here with Amazon, Amazon's notification stored
        Http http = new Http();
        browser = browsers.open("ja");
        String serial = AmazonCustomer.registerIn(browser, http, "device owner password")
                .deviceRegisteredToMe(http);

        setUp(SandboxDevices.MODEL, serial);

        awaitMessage("商品選択は不要");
        assertTrue(browser.getCurrentUrl().contains("/member/devices.xhtml"));
        String devices = waitFor(By.id("devices")).getText();
        assertTrue(devices.contains(serial) && devices.contains("設定済み"), devices);

        // Refresh on demand: Login with Amazon's refresh_token grant, new tokens sealed again.
        browser.findElement(By.cssSelector("input[id$='refresh:submit']")).click();
        awaitMessage("トークンを更新しました");
        assertTrue(waitFor(By.cssSelector("#devices .last-refreshed")).getText().startsWith("20"));

        // Removing asks first: the device's tokens are destroyed.
        browser.findElement(By.cssSelector("input[id$='remove:submit']")).click();
        waitFor(By.id("removal:confirm")).click();
        awaitMessage("アカウントから削除し");
        // Amazon's DeviceDeregisteredNotification follows the removal: then the device is no longer listed as
        // registered
        // to the member's Amazon account
        Browser.until(browser, "the removed device gone from the list", java.time.Duration.ofSeconds(30), page -> {
            page.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
            return page.findElements(By.id("devices")).isEmpty()
                            || !page.findElement(By.id("devices")).getText().contains(serial)
                    ? Boolean.TRUE
                    : null;
        });
    }

    @Test
    void aDeviceThatWasNotPreRegisteredGoesThroughTheTeaserAndLoginWithAmazon() {
        browser = browsers.open("ja");
        registerMember();
        String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));

        setUp("KAKEHASHI_COFFEE_01", serial);

        waitFor(By.id("drs-teaser"));
        assertEquals(
                "KAKEHASHI_COFFEE_01 / " + serial,
                browser.findElement(By.id("teaser-device")).getText());
        browser.findElement(By.id("teaser:start")).click();

        waitFor(By.id("sign-in:email")).sendKeys("hanako@example.jp");
        browser.findElement(By.id("sign-in:password")).sendKeys("sandbox-hanako");
        browser.findElement(By.id("sign-in:submit")).click();
        waitFor(By.id("consent:allow")).click();
        waitFor(By.cssSelector("input[value='B0KKHCOF01']")).click();
        browser.findElement(By.id("asins:complete")).click();

        awaitMessage("Amazon アカウントでデバイスを設定しました");
        String devices = waitFor(By.id("devices")).getText();
        assertTrue(devices.contains(serial) && devices.contains("設定済み"), devices);
    }

    @Test
    void aSerialThatBreaksItsModelsExpressionIsRefusedOnThePage() {
        browser = browsers.open("ja");
        registerMember();

        setUp("TEST_MODEL_DRS_PREREG_01", "NOT-A-TEST-SERIAL");

        assertTrue(
                waitFor(By.cssSelector("#set-up-device .form__error")).getText().contains("シリアル番号の形式ではありません"));
    }

    private void setUp(String model, String serial) {
        browser.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
        new Select(waitFor(By.id("setup:model"))).selectByValue(model);
        browser.findElement(By.id("setup:serial")).sendKeys(serial);
        browser.findElement(By.id("setup:submit")).click();
    }

    private void registerMember() {
        ShopPages.signedInMember(
                browser, "デバイス 太郎", "devices-" + UUID.randomUUID() + "@example.jp", "device owner password");
    }

    /** The old page's elements go stale when the new one loads: this waits on the locator, not on an element. */
    private void awaitMessage(String text) {
        Browser.textOnceItContains(browser, By.id("messages"), text);
    }

    private WebElement waitFor(By locator) {
        return Browser.waitFor(browser, locator);
    }
}
