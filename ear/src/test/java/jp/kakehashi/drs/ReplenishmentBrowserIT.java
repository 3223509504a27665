package jp.kakehashi.drs;

import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.SandboxDevices;
import jp.kakehashi.testsupport.SandboxFaults;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static jp.kakehashi.testsupport.SandboxDevices.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole path in a browser: a member's device reports a slot running low, Kakehashi replenishes, the
 * sandbox's order notifications arrive through SNS and the member's page shows the order delivered; removing the
 * device deregisters it at the sandbox.
 */
@ExtendWith(Browsers.class)
class ReplenishmentBrowserIT {

    private static final String PASSWORD = "replenishment in a browser";

    private final Http http = new Http();

    @Test
    void aLowSlotIsOrderedTheMemberSeesItDeliveredAndRemovingTheDeviceDeregistersIt(Browsers browsers) {
        SandboxDevices sandbox = new SandboxDevices(http);
        SandboxFaults faults = new SandboxFaults(http);
        String email = "replenish-" + UUID.randomUUID() + "@example.jp";
        WebDriver browser = browsers.open("ja");
        ShopPages.registerMember(browser, "補充 太郎", email, PASSWORD);
        String serial = sandbox.preRegistered(SandboxDevices.freshCustomer("PAGE"));
        MemberApi device = new MemberApi(http, email, PASSWORD);
        assertEquals(201, device.setUp(MODEL, serial).statusCode());

        assertEquals(200, device.reportSlot(MODEL, serial, "coffee-beans", "2", "10").statusCode());

        // The page shows what Kakehashi knows when it is loaded: reload until the notifications have arrived
        String delivered = Browser.until(browser, "the order shown delivered", Duration.ofSeconds(60), page -> {
            page.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
            List<WebElement> states = page.findElements(By.cssSelector(".order-state[data-serial='" + serial + "']"));
            return states.isEmpty() || !states.get(0).getText().equals("お届け済み") ? null : states.get(0).getText();
        });
        assertEquals("お届け済み", delivered);
        String replenishment = browser.findElement(By.id("replenishment")).getText();
        assertTrue(replenishment.contains("コーヒー豆") && replenishment.contains("B0KKHCOF01") && replenishment.contains("残りわずか"),
                replenishment);

        // The admin sees the device's DRS calls: SlotStatus and Replenish, with Amazon's request ids
        WebDriver admin = browsers.open("en-US");
        AdminPages.signIn(admin);
        Browser.submit(admin, admin.findElement(By.id("nav-devices")));
        Browser.waitFor(admin, By.id("search:text")).sendKeys(serial);
        Browser.submit(admin, admin.findElement(By.id("search:submit")));
        Browser.submit(admin, Browser.waitFor(admin, By.cssSelector("input[id$=':calls']")));
        String calls = Browser.waitFor(admin, By.id("drs-calls")).getText();
        assertTrue(calls.contains("slotStatus") && calls.contains("replenish") && calls.contains("OK: STANDARD_ORDER_PLACED"), calls);

        long deregistrations = faults.requests("DRS_DEREGISTRATION");
        Browser.submit(browser, browser.findElement(By.cssSelector("input[id$='remove:submit']")));
        Browser.submit(browser, Browser.waitFor(browser, By.id("removal:confirm")));
        Browser.textOnceItContains(browser, By.id("messages"), "アカウントから削除し");
        assertEquals(deregistrations + 1, faults.requests("DRS_DEREGISTRATION"), "deregistered at Amazon");
        assertTrue(device.device(serial).isEmpty(), "released");
    }
}
