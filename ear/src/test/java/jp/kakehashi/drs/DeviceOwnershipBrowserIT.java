package jp.kakehashi.drs;

import static jp.kakehashi.testsupport.SandboxDevices.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.UUID;
import jp.kakehashi.drs.fixture.DeviceRecordFixture;
import jp.kakehashi.drs.fixture.DeviceRecordFixtureClient;
import jp.kakehashi.testsupport.AdminApi;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.SandboxDevices;
import jp.kakehashi.testsupport.SandboxFaults;
import jp.kakehashi.testsupport.ShopPages;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Another member's setup of a held device refused on the devices page and at the return from Amazon's consent page,
 * the holder's record unchanged byte for byte; a member sees why a device needs setting up again.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceOwnershipBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final String PASSWORD = "device owner password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestArchives.war("device-record-browser-fixture.war").addClasses(DeviceRecordFixture.class);
    }

    @ArquillianResource
    private URL fixture;

    private final Http http = new Http();
    private final SandboxDevices amazon = new SandboxDevices(http);
    private WebDriver browser;

    /** Another member's serial on the page: the DRS teaser, as for a serial Amazon never pre-registered; nothing changes. */
    @Test
    void anotherMembersSetupOnThePageShowsTheTeaserAndChangesNothing() {
        String serial = heldByAlice();
        JsonObject before = record(serial);
        browser = browsers.open("en-US");
        ShopPages.signedInMember(browser, "Bob", "bob-" + UUID.randomUUID() + "@example.jp", PASSWORD);

        setUpOnThePage(serial);

        Browser.waitFor(browser, By.id("teaser:start"));
        assertTrue(browser.getCurrentUrl().contains("/member/drs-teaser.xhtml"), browser.getCurrentUrl());
        assertEquals(before, record(serial));
        setUpOnThePage(SandboxDevices.freshSerial());
        Browser.waitFor(browser, By.id("teaser:start"));
    }

    /** The customer Amazon registered the device to finds it on the devices page, one button from set up. */
    @Test
    void theRegisteredCustomerSetsTheDeviceUpFromTheList() {
        String email = "hanako-" + UUID.randomUUID() + "@example.jp";
        String customer = SandboxDevices.freshCustomer("HANAKO");
        browser = browsers.open("en-US");
        ShopPages.signedInMember(browser, "Hanako", email, PASSWORD);
        records().link(email, customer);
        String serial = records().registeredTo(customer);

        browser.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
        Browser.submit(browser, Browser.waitFor(browser, By.cssSelector("input[id$='set-up-registered:submit']")));

        awaitMessage("Your device is set up");
        assertEquals("SET_UP", record(serial).getString("status"));
        assertTrue(record(serial).containsKey("memberId"));
    }

    private void setUpOnThePage(String serial) {
        browser.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
        new Select(Browser.waitFor(browser, By.id("setup:model"))).selectByValue(MODEL);
        browser.findElement(By.id("setup:serial")).sendKeys(serial);
        browser.findElement(By.id("setup:submit")).click();
    }

    @Test
    void anotherMembersConsentIsRefusedOnReturnWithoutSpendingTheCode() {
        String serial = heldByAlice();
        JsonObject before = record(serial);
        browser = browsers.open("en-US");
        ShopPages.signedInMember(browser, "Bob", "bob-" + UUID.randomUUID() + "@example.jp", PASSWORD);
        long tokenRequests = new SandboxFaults(http).requests("LWA_TOKEN:authorization_code");

        // The teaser's own address, as the API hands it out for a device that was not pre-registered.
        browser.get(KakehashiServer.baseUrl() + "/member/drs-teaser.xhtml?model=" + MODEL + "&serial=" + serial);
        Browser.waitFor(browser, By.id("teaser:start")).click();
        Browser.waitFor(browser, By.id("sign-in:email")).sendKeys("taro@example.jp");
        browser.findElement(By.id("sign-in:password")).sendKeys("sandbox-taro");
        browser.findElement(By.id("sign-in:submit")).click();
        Browser.waitFor(browser, By.id("consent:allow")).click();
        Browser.waitFor(browser, By.cssSelector("input[value='B0KKHCOF01']")).click();
        browser.findElement(By.id("asins:complete")).click();

        awaitMessage("cannot be set up on your account");
        assertEquals(before, record(serial), "Alice's tokens, byte for byte");
        assertEquals(
                tokenRequests,
                new SandboxFaults(http).requests("LWA_TOKEN:authorization_code"),
                "the authorization code was not exchanged");
    }

    @Test
    void aMemberSeesWhyADeviceNeedsSettingUpAgain() {
        String email = "revoked-" + UUID.randomUUID() + "@example.jp";
        browser = browsers.open("ja");
        ShopPages.signedInMember(browser, "取消 花子", email, PASSWORD);
        String customer = SandboxDevices.freshCustomer("PAGEREVOKED");
        records().link(email, customer);
        String serial = records().registeredTo(customer);
        assertEquals(
                201, new MemberApi(http, email, PASSWORD).setUp(MODEL, serial).statusCode());
        amazon.revoke(serial);
        new AdminApi(http).refresh(record(serial).getInt("id"));

        browser.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");

        String devices = Browser.waitFor(browser, By.id("devices")).getText();
        assertTrue(devices.contains("再設定が必要です") && devices.contains("Amazon がこのデバイスの認可を受け付けなくなりました"), devices);
    }

    private String heldByAlice() {
        String customer = SandboxDevices.freshCustomer("ALICE");
        String alice = ShopPages.newMember("alice", "Alice", PASSWORD);
        records().link(alice, customer);
        String serial = records().registeredTo(customer);
        assertEquals(
                201, new MemberApi(http, alice, PASSWORD).setUp(MODEL, serial).statusCode());
        return serial;
    }

    private DeviceRecordFixtureClient records() {
        return new DeviceRecordFixtureClient(http, fixture);
    }

    private void awaitMessage(String text) {
        Browser.textOnceItContains(browser, By.id("messages"), text);
    }

    private JsonObject record(String serial) {
        String body = http.send(HttpRequest.newBuilder(
                                URI.create(fixture.toString().replaceAll("/$", "") + "/device-record?serial=" + serial))
                        .GET()
                        .build())
                .body();
        return Json.createReader(new StringReader(body)).readObject();
    }
}
