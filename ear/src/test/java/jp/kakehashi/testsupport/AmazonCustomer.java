package jp.kakehashi.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openqa.selenium.WebDriver;

/**
 * A shopper who registered with Amazon (a test buyer of their own at the sandbox) and set a password too: the member,
 * and the Amazon customer Kakehashi knows them as (Get Buyer's buyerId, which the sandbox also uses as the DRS
 * directedCustomerId, as Amazon does for one developer's store and security profile: docs/design.md).
 */
public record AmazonCustomer(String email, String password, String customerId) {

    /**
     * Registers over HTTP, for tests that go on over HTTP: the registration page's Amazon button gives its return URL,
     * the sandbox issues the buyerToken its hosted page would (a browser walks that page in the browser tests), and
     * the form Kakehashi pre-fills from Get Buyer is submitted with the password ({@link FacesForm}).
     */
    public static AmazonCustomer register(Http http, String password) {
        return register(new FacesForm(), http, ShopPages.newAmazonBuyer(http, "pay-tester"), password);
    }

    /** The same for a buyer the test made at the sandbox ({@link ShopPages#newAmazonBuyer}); no password: Amazon only. */
    public static AmazonCustomer register(Http http, JsonObject buyer, String password) {
        return register(new FacesForm(), http, buyer, password);
    }

    /**
     * Registers over HTTP as {@link #register} does (no password given: Amazon only), the member's session then handed
     * to the browser: for browser tests whose subject is what the member does once signed in. The browser has loaded
     * no page yet; the browser tests about signing up with Amazon walk those pages ({@link ShopPages#registerWithAmazon}).
     */
    public static AmazonCustomer registerIn(WebDriver browser, Http http, String password) {
        FacesForm shopper = new FacesForm();
        AmazonCustomer customer = register(shopper, http, ShopPages.newAmazonBuyer(http, "pay-tester"), password);
        shopper.handSessionTo(browser);
        return customer;
    }

    private static AmazonCustomer register(FacesForm shopper, Http http, JsonObject buyer, String password) {
        String returnUrl =
                ShopPages.amazonReturnUrl(shopper.get("/shop/register.xhtml").body(), "register");
        HttpResponse<String> issued =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/pay/buyer-tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("buyer", buyer.getString("key"))
                                .build()
                                .toString()))
                        .build());
        if (issued.statusCode() != 201) {
            throw new AssertionError("no buyerToken: " + issued.statusCode() + " " + issued.body());
        }
        String buyerToken =
                Json.createReader(new StringReader(issued.body())).readObject().getString("buyerToken");
        HttpResponse<String> prefilled =
                shopper.get(returnUrl + "&buyerToken=" + URLEncoder.encode(buyerToken, StandardCharsets.UTF_8));
        if (!prefilled.body().contains("id=\"prefilled\"")) {
            throw new AssertionError("the registration form is not pre-filled from Amazon: " + prefilled.statusCode()
                    + "\n" + prefilled.body());
        }
        HttpResponse<String> welcome =
                shopper.submit(prefilled, "register", Map.of("password", password == null ? "" : password), "submit");
        if (!welcome.body().contains("id=\"member-welcome\"")) {
            throw new AssertionError("not registered with Amazon: " + welcome.statusCode() + "\n" + welcome.body());
        }
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
