package jp.kakehashi.testsupport;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.openqa.selenium.WebDriver;

/**
 * A shopper who registered with Amazon (a test buyer of their own at the sandbox) and set a password too: the member,
 * and the Amazon customer Kakehashi knows them as (Get Buyer's buyerId, which the sandbox also uses as the DRS
 * directedCustomerId, as Amazon does for one developer's store and security profile: docs/design.md).
 */
public record AmazonCustomer(String email, String password, String customerId) {

    /** Registers in a browser of its own, closed afterwards, for tests that go on over HTTP. */
    public static AmazonCustomer register(Http http, String password) {
        WebDriver browser = Browser.open("ja");
        try {
            return registerIn(browser, http, password);
        } finally {
            browser.quit();
        }
    }

    /** Registers in the test's browser, which stays signed in as the new member. */
    public static AmazonCustomer registerIn(WebDriver browser, Http http, String password) {
        JsonObject buyer = ShopPages.newAmazonBuyer(http, "pay-tester");
        ShopPages.registerWithAmazon(browser, buyer.getString("key"), password);
        return new AmazonCustomer(buyer.getString("email"), password, buyer.getString("buyerId"));
    }

    /** The companion app API as this member calls it. */
    public MemberApi api(Http http) {
        return new MemberApi(http, email, password);
    }

    /**
     * A fresh serial that Amazon pre-registered to this customer and announced with a DeviceRegisteredNotification,
     * once Kakehashi has stored that notification (the member's device list shows it) and the tokens the test server's
     * push exchange gets for it (so that no push lands in the middle of a test): what lets the member set it up.
     */
    public String deviceRegisteredToMe(Http http) {
        SandboxDevices amazon = new SandboxDevices(http);
        String serial = amazon.preRegistered(customerId);
        amazon.notify("DeviceRegisteredNotification", SandboxDevices.MODEL, serial, customerId);
        MemberApi member = api(http);
        Await.present(() ->
                member.device(serial).filter(device -> "ACTIVE".equals(device.getString("tokenState", null))));
        return serial;
    }

    /** A device Amazon registered to this customer ({@link #deviceRegisteredToMe}), set up by them in the companion app. */
    public String deviceSetUpByMe(Http http) {
        String serial = deviceRegisteredToMe(http);
        HttpResponse<String> setUp = api(http).setUp(SandboxDevices.MODEL, serial);
        if (setUp.statusCode() != 201) {
            throw new AssertionError("device " + serial + " not set up: " + setUp.statusCode() + " " + setUp.body());
        }
        return serial;
    }
}
