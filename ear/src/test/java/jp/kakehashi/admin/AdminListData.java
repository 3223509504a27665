package jp.kakehashi.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.PageChecks;
import jp.kakehashi.testsupport.SandboxDevices;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Rows for the admin list pages, made through the application's own APIs, and the check of a list page on screens. */
final class AdminListData {

    private final Http http = new Http();
    private final AdminApi admin = new AdminApi(http);

    /** A member linked to Amazon with a device set up and a DRS call (a low slot is ordered): members, devices, calls. */
    AdminListData aMemberWithADeviceThatOrdered() {
        AmazonCustomer customer = AmazonCustomer.register(http, "lists browser password");
        MemberApi api = customer.api(http);
        String serial = customer.deviceRegisteredToMe(http);
        assertEquals(201, api.setUp(SandboxDevices.MODEL, serial).statusCode());
        assertEquals(
                200,
                api.reportSlot(SandboxDevices.MODEL, serial, "coffee-beans", "5", "100")
                        .statusCode());
        return this;
    }

    /** A notification of a model nobody knows: a reception, and a parked notification. */
    AdminListData aNotificationOfAnUnknownModel() {
        String unknownModel =
                "LISTS_UNKNOWN_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        new SandboxDevices(http)
                .notify("DeviceRegisteredNotification", unknownModel, "LB-1", SandboxDevices.freshCustomer("LISTS"));
        return this;
    }

    /** Audit entries of one action: enough for two pages of one. */
    AdminListData twoDeviceModelsAdded() {
        for (int i = 0; i < 2; i++) {
            String model = "LISTS_BROWSER_"
                    + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            assertEquals(
                    201,
                    admin.put(
                                    "/device-models/" + model,
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
        return this;
    }

    /** Waits until each list of the admin API (such as {@code /devices}) shows a row: some rows come asynchronously. */
    void awaitRowsIn(String... lists) {
        for (String list : lists) {
            Await.present(() -> Optional.of(admin.get(list + "?limit=1"))
                    .filter(page -> page.statusCode() == 200)
                    .map(AdminApi::json)
                    .filter(page -> !page.getJsonArray("items").isEmpty()));
        }
    }

    /**
     * Each list page (its address and the id of the table its rows show in) at every screen size in a signed-in admin's
     * browser: rows are shown, and PageChecks finds nothing. Returns the findings, page by page.
     */
    static List<String> checkOnEveryScreen(WebDriver browser, Map<String, String> lists) {
        AdminPages.signIn(browser);
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, String> list : lists.entrySet()) {
            // Loaded once, on the phone, then widened (PageChecks.checkOnEveryScreen says why)
            browser.manage().window().setSize(PageChecks.SCREENS.get(0));
            browser.get(KakehashiServer.baseUrl() + list.getKey());
            WebElement table = AdminPages.waitFor(browser, By.id(list.getValue()));
            for (Dimension screen : PageChecks.SCREENS) {
                browser.manage().window().setSize(screen);
                String where = list.getKey() + " at " + screen.getWidth() + " px: ";
                if (table.findElements(By.cssSelector("tbody tr")).isEmpty()) {
                    findings.add(where + "no rows to check");
                }
                PageChecks.checkShown(browser, where, findings);
            }
        }
        return findings;
    }
}
