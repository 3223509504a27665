package jp.kakehashi.sandbox.lwa;

import static jp.kakehashi.sandbox.lwa.LwaSandbox.FORM;
import static jp.kakehashi.sandbox.lwa.LwaSandbox.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SandboxDevices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's DRS service against requests built by hand from Amazon's reference pages (headers and sample bodies
 * as the Replenish, SlotStatus and DeviceStatus pages show them), not through Kakehashi's client.
 */
class DrsServiceEndpointsIT {

    private static final String DRS = "/amazon-sandbox/api/drs";
    private static final String PREFIX = "com.amazon.dash.replenishment.";

    private final Http http = new Http();
    private final LwaSandbox lwa = new LwaSandbox();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void theDocumentedRequestsAreAnsweredAsTheReferenceShows() {
        String token = deviceToken();

        // SlotStatus page's sample request body
        HttpResponse<String> slotStatus = call(
                "POST", "/slotStatus/coffee-beans", token, "DrsSlotStatusInput@1.0", "DrsSlotStatusResult@1.0", """
                {
                    "expectedReplenishmentDate" : "2015-12-28T10:00:00Z",
                    "remainingQuantityInUnit" : 3.5,
                    "originalQuantityInUnit" : 10,
                    "totalQuantityOnHand" : 20,
                    "lastUseDate" : "2015-12-21T10:00:00Z"
                }""");
        assertEquals(200, slotStatus.statusCode(), slotStatus.body());
        assertEquals(
                PREFIX + "DrsSlotStatusResult@1.0",
                slotStatus.headers().firstValue("x-amzn-type-version").orElse(""));
        assertTrue(slotStatus.headers().firstValue("x-amzn-RequestId").isPresent());

        // DeviceStatus page's sample request body
        assertEquals(
                200,
                call(
                                "POST",
                                "/deviceStatus",
                                token,
                                "DrsDeviceStatusInput@1.0",
                                "DrsDeviceStatusResult@1.0",
                                "{ \"mostRecentlyActiveDate\" : \"2015-12-21T10:00:00Z\" }")
                        .statusCode());

        // Replenish: the order, then Amazon's own answer for a slot with an order in progress
        JsonObject placed = json(call(
                "POST", "/replenish/coffee-beans", token, "DrsReplenishInput@1.0", "DrsReplenishResult@1.0", null));
        assertEquals("STANDARD_ORDER_PLACED", placed.getString("detailCode"));
        JsonObject again = json(call(
                "POST", "/replenish/coffee-beans", token, "DrsReplenishInput@1.0", "DrsReplenishResult@1.0", null));
        assertEquals("ORDER_INPROGRESS", again.getString("detailCode"));
        assertEquals(placed.getString("eventInstanceId"), again.getString("eventInstanceId"));

        // SubscriptionInfo: version 1.0 answers a boolean per slot, version 2.0 the product too
        JsonObject subscribed = json(call(
                "GET",
                "/subscriptionInfo",
                token,
                "DrsSubscriptionInfoInput@1.0",
                "DrsSubscriptionInfoResult@1.0",
                null));
        assertTrue(
                subscribed.getJsonObject("slotsSubscriptionStatus").getBoolean("coffee-beans"), subscribed.toString());
        HttpResponse<String> withProducts = call(
                "GET",
                "/subscriptionInfo",
                token,
                "DrsSubscriptionInfoInput@1.0",
                "DrsSubscriptionInfoResult@2.0",
                null);
        assertEquals(
                PREFIX + "DrsSubscriptionInfoResult@2.0",
                withProducts.headers().firstValue("x-amzn-type-version").orElse(""));
        JsonObject slot =
                json(withProducts).getJsonObject("slotsSubscriptionStatus").getJsonObject("coffee-beans");
        assertTrue(slot.getBoolean("subscribed"));
        assertEquals(
                "B0KKHCOF01",
                slot.getJsonArray("productInfoList").getJsonObject(0).getString("asin"));
        assertEquals(1, slot.getJsonArray("productInfoList").getJsonObject(0).getInt("quantity"));
    }

    @Test
    void aSlotTheCustomerUnsubscribedIsNotReplenished() {
        String serial = new SandboxDevices(http).preRegistered(SandboxDevices.freshCustomer("DRSIT"));
        String token = deviceToken(serial);

        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(
                        KakehashiServer.uri("/amazon-sandbox/api/sandbox/drs/devices/KAKEHASHI_COFFEE_01/" + serial
                                + "/subscriptions/coffee-beans"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"asin\":null}"))
                .build());
        assertEquals(200, changed.statusCode(), changed.body());

        JsonObject subscription = json(call(
                "GET",
                "/subscriptionInfo",
                token,
                "DrsSubscriptionInfoInput@1.0",
                "DrsSubscriptionInfoResult@1.0",
                null));
        assertFalse(subscription.getJsonObject("slotsSubscriptionStatus").getBoolean("coffee-beans"));
        HttpResponse<String> replenish =
                call("POST", "/replenish/coffee-beans", token, "DrsReplenishInput@1.0", "DrsReplenishResult@1.0", null);
        assertEquals(400, replenish.statusCode());
        assertEquals("SlotNotSubscribed", json(replenish).getString("code"));

        HttpResponse<String> foreignAsin = http.send(HttpRequest.newBuilder(
                        KakehashiServer.uri("/amazon-sandbox/api/sandbox/drs/devices/KAKEHASHI_COFFEE_01/" + serial
                                + "/subscriptions/coffee-beans"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"asin\":\"B0TESTDRS1\"}"))
                .build());
        assertEquals(400, foreignAsin.statusCode(), "an ASIN of another model");
    }

    @Test
    void wrongVersionsTokensAndSlotsAreRefused() {
        String token = deviceToken();
        assertEquals(
                400,
                call("POST", "/replenish/coffee-beans", token, "DrsReplenishInput@2.0", "DrsReplenishResult@1.0", null)
                        .statusCode(),
                "a version the endpoint does not support");
        assertEquals(
                401,
                call("POST", "/replenish/coffee-beans", null, "DrsReplenishInput@1.0", "DrsReplenishResult@1.0", null)
                        .statusCode(),
                "no bearer token");
        HttpResponse<String> invalid = call(
                "POST",
                "/replenish/coffee-beans",
                "Atza|not-issued",
                "DrsReplenishInput@1.0",
                "DrsReplenishResult@1.0",
                null);
        assertEquals(400, invalid.statusCode());
        assertEquals("InvalidToken", json(invalid).getString("code"));
        assertEquals(
                403,
                call("POST", "/replenish/milk", token, "DrsReplenishInput@1.0", "DrsReplenishResult@1.0", null)
                        .statusCode(),
                "a slot the model does not have");
        assertEquals(
                400,
                call(
                                "POST",
                                "/slotStatus/coffee-beans",
                                token,
                                "DrsSlotStatusInput@1.0",
                                "DrsSlotStatusResult@1.0",
                                "{\"remainingQuantityInUnit\":\"three\",\"originalQuantityInUnit\":10}")
                        .statusCode());
    }

    /**
     * The DRS pre-registration guide: the whitelisted test device's token "cannot be used for subsequent replenishment
     * calls". The sandbox refuses every DRS call made with it (403 AccessDenied, its choice: Amazon does not say how).
     */
    @Test
    void theWhitelistedTestDevicesTokenIsRefusedByEveryDrsEndpoint() {
        String token = json(lwa.token(
                        LwaSandbox.JSON, LwaSandbox.seedJson("TEST_SERIAL_01", "TEST_MODEL_DRS_PREREG_01")))
                .getString("access_token");

        for (HttpResponse<String> refused : java.util.List.of(
                call("POST", "/replenish/test-slot", token, "DrsReplenishInput@1.0", "DrsReplenishResult@1.0", null),
                call(
                        "POST",
                        "/slotStatus/test-slot",
                        token,
                        "DrsSlotStatusInput@1.0",
                        "DrsSlotStatusResult@1.0",
                        "{\"remainingQuantityInUnit\":1,\"originalQuantityInUnit\":10}"),
                call(
                        "POST",
                        "/deviceStatus",
                        token,
                        "DrsDeviceStatusInput@1.0",
                        "DrsDeviceStatusResult@1.0",
                        "{\"mostRecentlyActiveDate\":\"2026-12-01T10:00:00Z\"}"),
                call(
                        "GET",
                        "/subscriptionInfo",
                        token,
                        "DrsSubscriptionInfoInput@1.0",
                        "DrsSubscriptionInfoResult@1.0",
                        null))) {
            assertEquals(403, refused.statusCode(), refused.request().uri() + ": " + refused.body());
            assertEquals("AccessDenied", json(refused).getString("code"));
        }
        assertTrue(
                new SandboxDevices(http)
                        .orders("TEST_SERIAL_01").stream()
                                .noneMatch(order -> order.asJsonObject()
                                                .getString("modelId", "")
                                                .equals("TEST_MODEL_DRS_PREREG_01")
                                        && order.asJsonObject()
                                                .getString("serial", "")
                                                .equals("TEST_SERIAL_01")),
                "no order placed");
    }

    /** A pre-registered device's access token from the sandbox's Login with Amazon (the demo client's exchange). */
    private String deviceToken() {
        return deviceToken(new SandboxDevices(http).preRegistered(SandboxDevices.freshCustomer("DRSIT")));
    }

    private String deviceToken(String serial) {
        String body = LwaSandbox.form(Map.of(
                "grant_type",
                "device_preregistration",
                "client_id",
                LwaSandbox.DEMO_CLIENT_ID,
                "client_secret",
                LwaSandbox.demoSecret(),
                "scope",
                "dash:replenish",
                "scope_data",
                "{\"product_instance_attributes\":{\"device_serial_number\":\"" + serial
                        + "\",\"device_model\":\"KAKEHASHI_COFFEE_01\"}}"));
        return json(lwa.token(FORM, body)).getString("access_token");
    }

    private HttpResponse<String> call(
            String method, String path, String token, String input, String result, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(KakehashiServer.uri(DRS + path))
                .header("x-amzn-type-version", PREFIX + input)
                .header("x-amzn-accept-type", PREFIX + result)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build());
    }
}
