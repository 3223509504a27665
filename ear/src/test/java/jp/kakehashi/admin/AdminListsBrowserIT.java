package jp.kakehashi.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.kakehashi.testsupport.AdminApi;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.PageChecks;
import jp.kakehashi.testsupport.SandboxDevices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Each admin list page with data fits a 1280 px desktop and a 360 px phone (the page never scrolls sideways: on the
 * phone each row is a card), passes axe-core's WCAG 2.1 AA rules in Japanese and English (the only check of these
 * pages on every screen: PagesOnEveryScreenBrowserIT leaves them to this class, which fills them first), and pages by its "next" and
 * "first" links; a bad cursor is a message on the page.
 */
@ExtendWith(Browsers.class)
class AdminListsBrowserIT {

    /** Each list page and the table its data shows in. */
    private static final Map<String, String> LISTS = Map.of(
            "/admin/devices.xhtml", "devices-form:devices",
            "/admin/members.xhtml", "members-form:members",
            "/admin/audit.xhtml", "audit",
            "/admin/receptions.xhtml", "receptions",
            "/admin/parked.xhtml", "parked-form:parked",
            "/admin/drs-calls.xhtml", "calls");

    @BeforeAll
    static void everyListHasData() {
        KakehashiServer.awaitReady();
        Http http = new Http();
        AdminApi admin = new AdminApi(http);
        // A member linked to Amazon, a device set up and a DRS call (a low slot is ordered): members, devices, DRS
        // calls
        AmazonCustomer customer = AmazonCustomer.register(http, "lists browser password");
        MemberApi api = customer.api(http);
        String serial = customer.deviceRegisteredToMe(http);
        assertEquals(201, api.setUp(SandboxDevices.MODEL, serial).statusCode());
        assertEquals(
                200,
                api.reportSlot(SandboxDevices.MODEL, serial, "coffee-beans", "5", "100")
                        .statusCode());
        // A notification of a model nobody knows: a reception, and a parked notification
        String unknownModel =
                "LISTS_UNKNOWN_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        new SandboxDevices(http)
                .notify("DeviceRegisteredNotification", unknownModel, "LB-1", SandboxDevices.freshCustomer("LISTS"));
        // Audit entries: enough for two pages of one
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    201,
                    admin.put(
                                    "/device-models/LISTS_BROWSER_"
                                            + UUID.randomUUID()
                                                    .toString()
                                                    .substring(0, 8)
                                                    .toUpperCase(),
                                    Json.createObjectBuilder()
                                            .add("displayName", "Lists browser " + i)
                                            .add("serialNumberPattern", "LB-[0-9]")
                                            .add(
                                                    "asins",
                                                    Json.createArrayBuilder().add("B0LISTSBR1"))
                                            .add("sampleSerials", Json.createArrayBuilder())
                                            .build()
                                            .toString())
                            .statusCode());
        }
        for (String list : List.of(
                "/devices", "/members", "/audit", "/sns/receptions", "/sns/parked/notifications", "/drs-calls")) {
            Await.present(() -> Optional.of(admin.get(list + "?limit=1"))
                    .filter(page -> page.statusCode() == 200)
                    .map(AdminApi::json)
                    .filter(page -> !page.getJsonArray("items").isEmpty()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "en-US"})
    void everyListFitsDesktopsAndPhonesAndPassesAxe(String language, Browsers browsers) {
        WebDriver browser = browsers.open(language);
        AdminPages.signIn(browser);
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, String> list : LISTS.entrySet()) {
            for (Dimension screen : PageChecks.SCREENS) {
                browser.manage().window().setSize(screen);
                browser.get(KakehashiServer.baseUrl() + list.getKey());
                String where = list.getKey() + " at " + screen.getWidth() + " px: ";
                WebElement table = AdminPages.waitFor(browser, By.id(list.getValue()));
                if (table.findElements(By.cssSelector("tbody tr")).isEmpty()) {
                    findings.add(where + "no rows to check");
                }
                PageChecks.checkShown(browser, where, findings);
            }
        }
        assertEquals("", String.join("\n", findings), "lists in " + language);
    }

    @Test
    void aListPagesByItsLinksAndABadCursorIsAMessage(Browsers browsers) {
        WebDriver browser = browsers.open("en-US");
        AdminPages.signIn(browser);
        browser.get(KakehashiServer.baseUrl() + "/admin/audit.xhtml?limit=1&action=ADD_DEVICE_MODEL");
        String first =
                AdminPages.waitFor(browser, By.cssSelector("#audit tbody tr")).getText();
        assertTrue(browser.findElements(By.id("first")).isEmpty(), "the first page links to no first page");

        Browser.submit(browser, browser.findElement(By.id("next")));
        Browser.until(browser, "the next page", page -> page.getCurrentUrl().contains("cursor="));
        String second =
                AdminPages.waitFor(browser, By.cssSelector("#audit tbody tr")).getText();
        assertNotEquals(first, second);
        assertEquals(1, browser.findElements(By.cssSelector("#audit tbody tr")).size());
        assertTrue(
                browser.getCurrentUrl().contains("action=ADD_DEVICE_MODEL"),
                "the filter is kept: " + browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".audit-action"))
                .getAttribute("data-action")
                .equals("ADD_DEVICE_MODEL"));

        Browser.submit(browser, browser.findElement(By.id("first")));
        Browser.until(
                browser,
                "the first page",
                page -> page.findElements(By.id("first")).isEmpty());
        assertEquals(
                first,
                AdminPages.waitFor(browser, By.cssSelector("#audit tbody tr")).getText());

        browser.get(KakehashiServer.baseUrl() + "/admin/audit.xhtml?cursor=not-a-cursor");
        assertTrue(AdminPages.messageContaining(browser, "no longer valid").contains("first page"));
        assertFalse(browser.findElements(By.cssSelector("#audit tbody tr")).isEmpty(), "the first page instead");

        browser.get(KakehashiServer.baseUrl() + "/admin/devices.xhtml?from=someday");
        assertTrue(AdminPages.messageContaining(browser, "dates like").contains("2026-12-31"));
    }

    @Test
    void aSearchKeepsItsFiltersInTheAddress(Browsers browsers) {
        WebDriver browser = browsers.open("ja");
        AdminPages.signIn(browser);
        browser.get(KakehashiServer.baseUrl() + "/admin/devices.xhtml");
        AdminPages.waitFor(browser, By.id("search:status"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search:status"))).selectByValue("SET_UP");
        Browser.submit(browser, browser.findElement(By.id("search:submit")));
        Browser.until(
                browser, "the filtered address", page -> page.getCurrentUrl().contains("status=SET_UP"));
        List<WebElement> states =
                AdminPages.waitFor(browser, By.id("devices-form:devices")).findElements(By.className("device-status"));
        assertFalse(states.isEmpty());
        states.forEach(state -> assertEquals("SET_UP", state.getAttribute("data-status")));
    }
}
