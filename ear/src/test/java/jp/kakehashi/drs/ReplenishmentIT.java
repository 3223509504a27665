package jp.kakehashi.drs;

import static jp.kakehashi.testsupport.SandboxDevices.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.SandboxDevices;
import jp.kakehashi.testsupport.SandboxFaults;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The device's tokens put to work against the sandbox's DRS service: a slot reported low is replenished once, the
 * order's notifications arrive through SNS, and Amazon's failures are met as the DRS design says.
 */
class ReplenishmentIT {

    private static final String PASSWORD = "replenishment password";
    private static final String SLOT = "coffee-beans";

    private final Http http = new Http();
    private final SandboxDevices sandbox = new SandboxDevices(http);
    private final SandboxFaults faults = new SandboxFaults(http);

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @AfterEach
    void clearFaults() {
        faults.clearAll();
    }

    @Test
    void aSlotReportedLowIsOrderedOnceAndItsShipmentAndDeliveryArriveThroughSns() {
        Device device = setUpDevice();

        JsonObject full = MemberApi.json(device.api.reportSlot(MODEL, device.serial, SLOT, "80", "100"));
        assertFalse(full.getBoolean("low"));
        assertEquals(0, sandbox.orders(device.serial).size(), "a full slot orders nothing");

        JsonObject low = MemberApi.json(device.api.reportSlot(MODEL, device.serial, SLOT, "15", "100"));
        assertTrue(low.getBoolean("low"), low.toString());
        assertEquals("PLACED", low.getJsonObject("order").getString("state"), low.toString());
        assertEquals("STANDARD_ORDER_PLACED", low.getJsonObject("order").getString("detailCode"));

        JsonObject again = MemberApi.json(device.api.reportSlot(MODEL, device.serial, SLOT, "10", "100"));
        assertEquals(
                low.getJsonObject("order").getString("eventInstanceId"),
                again.getJsonObject("order").getString("eventInstanceId"));
        assertEquals(1, sandbox.orders(device.serial).size(), "an open order is not asked for again");

        JsonObject delivered = Await.present(() -> Optional.of(slot(device))
                .filter(slot -> !slot.isNull("order")
                        && slot.getJsonObject("order").getString("state").equals("DELIVERED")));
        assertEquals("B0KKHCOF01", delivered.getJsonObject("order").getString("asin"));
        assertEquals(10, delivered.getJsonNumber("remainingQuantityInUnit").intValue());

        JsonObject next = MemberApi.json(device.api.reportSlot(MODEL, device.serial, SLOT, "5", "100"));
        assertEquals(
                "PLACED",
                next.getJsonObject("order").getString("state"),
                "after a delivery the slot may be ordered again");
        assertEquals(2, sandbox.orders(device.serial).size());
    }

    @Test
    void aReplenishWhoseAnswerIsLostOrdersOnce() {
        Device device = setUpDevice();
        // Amazon places the order, then the connection is cut before its answer reaches Kakehashi
        faults.inject("DRS_REPLENISH", "{\"dropConnection\":true,\"afterProcessing\":true,\"times\":1}");

        JsonObject report = MemberApi.json(device.api.reportSlot(MODEL, device.serial, SLOT, "10", "100"));

        assertEquals("PLACED", report.getJsonObject("order").getString("state"), report.toString());
        assertEquals(
                "ORDER_INPROGRESS",
                report.getJsonObject("order").getString("detailCode"),
                "asked again, Amazon answers with the order the lost answer was about");
        assertEquals(1, sandbox.orders(device.serial).size(), "ordered once");
        assertEquals(2, faults.requests("DRS_REPLENISH") - device.replenishRequestsBefore);
    }

    @Test
    void replenishIsRetriedWithBackOffWhileAmazonIsBusyOrFailing() {
        Device device = setUpDevice();
        faults.inject("DRS_REPLENISH", "{\"status\":429,\"times\":1}");
        faults.inject("DRS_SLOT_STATUS", "{\"status\":503,\"times\":1}");

        JsonObject report = MemberApi.json(device.api.reportSlot(MODEL, device.serial, SLOT, "10", "100"));

        assertEquals("STANDARD_ORDER_PLACED", report.getJsonObject("order").getString("detailCode"), report.toString());
        assertEquals(1, sandbox.orders(device.serial).size());
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndTheCallMadeAgain() {
        Device device = setUpDevice();
        sandbox.expireAccessTokens(device.serial);

        JsonObject report = MemberApi.json(device.api.reportSlot(MODEL, device.serial, SLOT, "10", "100"));

        assertEquals("STANDARD_ORDER_PLACED", report.getJsonObject("order").getString("detailCode"), report.toString());
        assertEquals("SET_UP", device.api.device(device.serial).orElseThrow().getString("status"));
    }

    @Test
    void aRevokedDeviceNeedsSettingUpAndOrdersNothing() {
        Device device = setUpDevice();
        sandbox.revoke(device.serial);

        HttpResponse<String> report = device.api.reportSlot(MODEL, device.serial, SLOT, "10", "100");

        assertEquals(409, report.statusCode(), report.body());
        assertEquals("NEEDS_SETUP", MemberApi.json(report).getString("outcome"));
        assertEquals(
                "NEEDS_SETUP", device.api.device(device.serial).orElseThrow().getString("status"));
        assertEquals(0, sandbox.orders(device.serial).size());
    }

    @Test
    void badReportsAreRefusedWithAReasonAndChangeNothing() {
        Device device = setUpDevice();
        assertEquals(
                400,
                device.api.reportSlot(MODEL, device.serial, SLOT, "120", "100").statusCode(),
                "more than a full slot");
        assertEquals(
                400,
                device.api.reportSlot(MODEL, device.serial, SLOT, "-1", "100").statusCode());
        assertEquals(
                400, device.api.reportSlot(MODEL, device.serial, SLOT, "1", "0").statusCode());
        assertEquals(
                400,
                device.api
                        .reportSlot(MODEL, device.serial, SLOT, "\"ten\"", "100")
                        .statusCode());
        HttpResponse<String> unknownSlot = device.api.reportSlot(MODEL, device.serial, "milk", "1", "100");
        assertEquals(404, unknownSlot.statusCode());
        assertEquals("UNKNOWN_SLOT", MemberApi.json(unknownSlot).getString("outcome"));

        MemberApi stranger = new MemberApi(http, ShopPages.newMember("stranger", "他人 次郎", PASSWORD), PASSWORD);
        assertEquals(
                404,
                stranger.reportSlot(MODEL, device.serial, SLOT, "1", "100").statusCode(),
                "not the stranger's device");

        JsonObject slot = slot(device);
        assertFalse(
                slot.containsKey("remainingQuantityInUnit") && !slot.isNull("remainingQuantityInUnit"),
                "no level was stored: " + slot);
        assertEquals(0, sandbox.orders(device.serial).size());
    }

    @Test
    void subscriptionsAreReadAfterSetupAndFollowTheCustomersChangesOnAmazon() {
        Device device = setUpDevice();
        JsonObject read = Await.present(() -> Optional.of(slot(device).getJsonObject("subscription"))
                .filter(subscription -> subscription.containsKey("asin")));
        assertTrue(read.getBoolean("subscribed"), read.toString());
        assertEquals(
                "B0KKHCOF01", read.getString("asin"), "the customer's choice at checkout, read with SubscriptionInfo");

        // The customer ends the slot's subscription on Amazon: SubscriptionChangedNotification, through SNS
        sandbox.changeSubscription(MODEL, device.serial, SLOT, null);
        Await.present(() -> Optional.of(slot(device).getJsonObject("subscription"))
                .filter(subscription ->
                        subscription.containsKey("subscribed") && !subscription.getBoolean("subscribed")));
        JsonObject low = MemberApi.json(device.api.reportSlot(MODEL, device.serial, SLOT, "5", "100"));
        assertEquals("NOT_SUBSCRIBED", low.getString("outcome"), low.toString());
        assertEquals(0, sandbox.orders(device.serial).size(), "nothing is ordered for a slot without a subscription");

        // ... then chooses another product: the notification says only "subscribed"; the product is read again
        sandbox.changeSubscription(MODEL, device.serial, SLOT, "B0KKHCOF02");
        Await.present(() -> Optional.of(slot(device).getJsonObject("subscription"))
                .filter(subscription -> "B0KKHCOF02".equals(subscription.getString("asin", null))));
        JsonObject ordered = MemberApi.json(device.api.reportSlot(MODEL, device.serial, SLOT, "4", "100"));
        assertEquals("PLACED", ordered.getJsonObject("order").getString("state"), ordered.toString());
        assertEquals(
                "B0KKHCOF02", sandbox.orders(device.serial).getJsonObject(0).getString("asin"));
    }

    private record Device(MemberApi api, String serial, long replenishRequestsBefore) {}

    private Device setUpDevice() {
        // Set up through the proof path: the customer Amazon registered the device to (docs/design.md)
        AmazonCustomer customer = AmazonCustomer.register(http, PASSWORD);
        String serial = customer.deviceSetUpByMe(http);
        return new Device(customer.api(http), serial, faults.requests("DRS_REPLENISH"));
    }

    private JsonObject slot(Device device) {
        return device.api.slots(MODEL, device.serial).getValuesAs(JsonObject.class).stream()
                .filter(slot -> slot.getString("slotId").equals(SLOT))
                .findFirst()
                .orElseThrow();
    }
}
