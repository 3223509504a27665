package jp.kakehashi.drs;

import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.SandboxFaults;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole path in a browser, with the DRS pre-registration guide's whitelisted test device: a member sets it up on the devices
 * page, the device reports a slot running low, Kakehashi replenishes (a test order, as Amazon places for test devices),
 * the sandbox's order notifications arrive through SNS and the member's page shows the order shipped and delivered;
 * removing the device deregisters it at the sandbox.
 */
@ExtendWith(Browsers.class)
class ReplenishmentBrowserIT {

    private static final String PASSWORD = "replenishment in a browser";
    /** The DRS pre-registration guide's whitelisted test device: any security profile may exchange it; its orders are test orders. */
    private static final String TEST_MODEL = "TEST_MODEL_DRS_PREREG_01";
    private static final String TEST_SERIAL = "TEST_SERIAL_01";
    private static final String TEST_SLOT = "test-slot";

    private final Http http = new Http();

    @Test
    void aLowSlotIsOrderedTheMemberSeesItShippedAndDeliveredAndRemovingTheDeviceDeregistersIt(Browsers browsers) {
        SandboxFaults faults = new SandboxFaults(http);
        String email = "replenish-" + UUID.randomUUID() + "@example.jp";
        WebDriver browser = browsers.open("ja");
        ShopPages.registerMember(browser, "補充 太郎", email, PASSWORD);

        browser.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
        new Select(Browser.waitFor(browser, By.id("setup:model"))).selectByValue(TEST_MODEL);
        browser.findElement(By.id("setup:serial")).sendKeys(TEST_SERIAL);
        Browser.submit(browser, browser.findElement(By.id("setup:submit")));
        Browser.textOnceItContains(browser, By.id("messages"), "商品選択は不要");

        MemberApi device = new MemberApi(http, email, PASSWORD);
        HttpResponse<String> low = device.reportSlot(TEST_MODEL, TEST_SERIAL, TEST_SLOT, "2", "10");
        assertEquals(200, low.statusCode(), low.body());
        assertEquals("TEST_ORDER_PLACED", MemberApi.json(low).getJsonObject("order").getString("detailCode"), low.body());

        // The page shows what Kakehashi knows when it is loaded: reload until each notification has arrived
        for (String state : List.of("発送済み", "お届け済み")) {
            Browser.until(browser, "the order shown " + state, Duration.ofSeconds(60), page -> {
                page.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
                List<WebElement> states = page.findElements(By.cssSelector(".order-state[data-serial='" + TEST_SERIAL + "']"));
                // Shipped may already have become delivered by the time the page loads: either shows it shipped
                return states.isEmpty() || !(states.get(0).getText().equals(state)
                        || state.equals("発送済み") && states.get(0).getText().equals("お届け済み")) ? null : state;
            });
        }
        String replenishment = browser.findElement(By.id("replenishment")).getText();
        assertTrue(replenishment.contains("Test slot") && replenishment.contains("B0TESTDRS1") && replenishment.contains("残りわずか")
                && replenishment.contains("注文対象") && replenishment.contains("最近の注文"), replenishment);

        // The admin sees the device's DRS calls: SlotStatus and Replenish, with Amazon's request ids
        WebDriver admin = browsers.open("en-US");
        AdminPages.signIn(admin);
        Browser.submit(admin, admin.findElement(By.id("nav-devices")));
        Browser.waitFor(admin, By.id("search:text")).sendKeys(TEST_SERIAL);
        Browser.submit(admin, admin.findElement(By.id("search:submit")));
        Browser.submit(admin, Browser.waitFor(admin, By.cssSelector("input[id$=':calls']")));
        String calls = Browser.waitFor(admin, By.id("drs-calls")).getText();
        assertTrue(calls.contains("slotStatus") && calls.contains("replenish") && calls.contains("OK: TEST_ORDER_PLACED"), calls);

        long deregistrations = faults.requests("DRS_DEREGISTRATION");
        Browser.submit(browser, browser.findElement(By.cssSelector("input[id$='remove:submit']")));
        Browser.submit(browser, Browser.waitFor(browser, By.id("removal:confirm")));
        Browser.textOnceItContains(browser, By.id("messages"), "アカウントから削除し");
        assertEquals(deregistrations + 1, faults.requests("DRS_DEREGISTRATION"), "deregistered at Amazon");
        assertTrue(device.device(TEST_SERIAL).isEmpty(), "released");
    }
}
