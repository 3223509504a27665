package jp.kakehashi.drs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Await;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The whole path in a browser: a shopper registers with Amazon, Amazon registers a coffee maker to them, they set
 * it up from the devices list, the device reports a slot running low, Kakehashi replenishes, the sandbox's order
 * notifications arrive through SNS and the member's page shows the order shipped and delivered; the admin sees the
 * device's DRS calls; removing the device deregisters it at the sandbox. The DRS pre-registration guide's whitelisted
 * test device is set up too, shown as a test device, and orders nothing.
 */
@ExtendWith(Browsers.class)
class ReplenishmentBrowserIT {

    private static final String PASSWORD = "replenishment in a browser";
    private static final String MODEL = SandboxDevices.MODEL;
    private static final String SLOT = "coffee-beans";
    /** The DRS pre-registration guide's whitelisted test device: any security profile may exchange it, none may order with it. */
    private static final String TEST_MODEL = "TEST_MODEL_DRS_PREREG_01";

    private static final String TEST_SERIAL = "TEST_SERIAL_02";

    private final Http http = new Http();

    @Test
    void aLowSlotIsOrderedTheMemberSeesItShippedAndDeliveredAndRemovingTheDeviceDeregistersIt(Browsers browsers) {
        SandboxFaults faults = new SandboxFaults(http);
        WebDriver browser = browsers.open("ja");
        AmazonCustomer customer = AmazonCustomer.registerIn(browser, http, PASSWORD);
        MemberApi device = customer.api(http);
        String serial = customer.deviceRegisteredToMe(http);

        // One step from the devices list: the device Amazon registered to the member's Amazon account
        browser.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
        Browser.submit(browser, Browser.waitFor(browser, By.cssSelector("input[id$='set-up-registered:submit']")));
        Browser.textOnceItContains(browser, By.id("messages"), "商品選択は不要");

        HttpResponse<String> low = device.reportSlot(MODEL, serial, SLOT, "2", "10");
        assertEquals(200, low.statusCode(), low.body());
        assertEquals(
                "STANDARD_ORDER_PLACED",
                MemberApi.json(low).getJsonObject("order").getString("detailCode"),
                low.body());

        // The page shows what Kakehashi knows when it is loaded: reload until each notification has arrived
        for (String state : List.of("発送済み", "お届け済み")) {
            Browser.until(browser, "the order shown " + state, Duration.ofSeconds(60), page -> {
                page.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
                List<WebElement> states =
                        page.findElements(By.cssSelector(".order-state[data-serial='" + serial + "']"));
                // Shipped may already have become delivered by the time the page loads: either shows it shipped
                return states.isEmpty()
                                || !(states.get(0).getText().equals(state)
                                        || state.equals("発送済み")
                                                && states.get(0).getText().equals("お届け済み"))
                        ? null
                        : state;
            });
        }
        String replenishment = browser.findElement(By.id("replenishment")).getText();
        assertTrue(
                replenishment.contains("コーヒー豆")
                        && replenishment.contains("B0KKHCOF")
                        && replenishment.contains("残りわずか")
                        && replenishment.contains("注文対象")
                        && replenishment.contains("最近の注文"),
                replenishment);

        // The admin sees the device's DRS calls: SlotStatus and Replenish, with Amazon's request ids
        WebDriver admin = browsers.open("en-US");
        AdminPages.signIn(admin);
        Browser.submit(admin, admin.findElement(By.id("nav-devices")));
        Browser.waitFor(admin, By.id("search:text")).sendKeys(serial);
        Browser.submit(admin, admin.findElement(By.id("search:submit")));
        Browser.submit(admin, Browser.waitFor(admin, By.cssSelector("input[id$=':calls']")));
        String calls = Browser.waitFor(admin, By.id("drs-calls")).getText();
        assertTrue(
                calls.contains("slotStatus")
                        && calls.contains("replenish")
                        && calls.contains("OK: STANDARD_ORDER_PLACED"),
                calls);

        long deregistrations = faults.requests("DRS_DEREGISTRATION");
        Browser.submit(browser, browser.findElement(By.cssSelector("input[id$='remove:submit']")));
        Browser.submit(browser, Browser.waitFor(browser, By.id("removal:confirm")));
        Browser.textOnceItContains(browser, By.id("messages"), "アカウントから削除し");
        assertEquals(deregistrations + 1, faults.requests("DRS_DEREGISTRATION"), "deregistered at Amazon");
        assertTrue(
                device.device(serial)
                        .map(listed -> !listed.getBoolean("setUpOnThisAccount"))
                        .orElse(true),
                "released");
        // Amazon's DeviceDeregisteredNotification follows: no longer registered to the member's Amazon account, not
        // listed
        Await.present(() -> Optional.of(device.device(serial).isEmpty()).filter(gone -> gone));
    }

    /**
     * The guide's test device proves the pre-registration exchange, and its token "cannot be used for subsequent
     * replenishment calls": any member may set it up (it orders on nobody's account), the page says it is a test device,
     * a low level is kept and orders nothing, and removing it asks Amazon nothing.
     */
    @Test
    void theWhitelistedTestDeviceIsSetUpShownAsATestDeviceAndOrdersNothing(Browsers browsers) {
        SandboxFaults faults = new SandboxFaults(http);
        String email = "test-device-" + UUID.randomUUID() + "@example.jp";
        WebDriver browser = browsers.open("en-US");
        ShopPages.signedInMember(browser, "Test Device", email, PASSWORD);
        long replenishRequests = faults.requests("DRS_REPLENISH");
        long deregistrations = faults.requests("DRS_DEREGISTRATION");

        browser.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
        new Select(Browser.waitFor(browser, By.id("setup:model"))).selectByValue(TEST_MODEL);
        browser.findElement(By.id("setup:serial")).sendKeys(TEST_SERIAL);
        Browser.submit(browser, browser.findElement(By.id("setup:submit")));
        Browser.textOnceItContains(browser, By.id("messages"), "no product selection needed");
        assertTrue(Browser.waitFor(browser, By.id("devices")).getText().contains("cannot order"));

        MemberApi member = new MemberApi(http, email, PASSWORD);
        assertTrue(member.device(TEST_SERIAL).orElseThrow().getBoolean("testDevice"));
        HttpResponse<String> low = member.reportSlot(TEST_MODEL, TEST_SERIAL, "test-slot", "1", "10");
        assertEquals(200, low.statusCode(), low.body());
        assertEquals("TEST_DEVICE", MemberApi.json(low).getString("outcome"));
        assertFalse(
                MemberApi.json(low).containsKey("order") && !MemberApi.json(low).isNull("order"), low.body());
        assertEquals(replenishRequests, faults.requests("DRS_REPLENISH"), "no Replenish asked for");

        Browser.submit(browser, browser.findElement(By.cssSelector("input[id$='remove:submit']")));
        Browser.submit(browser, Browser.waitFor(browser, By.id("removal:confirm")));
        Browser.textOnceItContains(browser, By.id("messages"), "was removed");
        assertTrue(member.device(TEST_SERIAL).isEmpty(), "released");
        assertEquals(deregistrations, faults.requests("DRS_DEREGISTRATION"), "nothing to deregister at Amazon");
    }
}
