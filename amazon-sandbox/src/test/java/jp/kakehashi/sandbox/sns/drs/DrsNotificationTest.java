package jp.kakehashi.sandbox.sns.drs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrsNotificationTest {

    /** The DRS pre-registration guide's example of a pre-registration notification, as printed there. */
    private static final String SEED_003_EXAMPLE = """
            {
                "notificationInfo": {
                    "notificationType": "DeviceRegisteredNotification",
                    "lwaClientId": "amzn1.application-oa2-client.6b68exxxxxxxxxx9",
                    "notificationTime": "2015-10-01T02:23:52.747Z",
                    "notificationId": "amzn1.dash.notification.v1.xxxxxxxxxxxxx13",
                    "version": "2015-06-05"
                },
                "deviceInfo": {
                    "deviceIdentifier": {
                        "serialNumber": "DeviceSerialNumber"
                    },
                    "productIdentifier": {
                        "modelId": "myDeviceModel"
                    }
                },
                "customerInfo": {
                    "directedCustomerId": "amzn1.account.AHxxxxxxxxGA2O5Q"
                }
            }
            """;

    @Test
    void theDeviceRegisteredNotificationIsSeed003sExampleKeyForKeyAndInOrder() {
        DrsNotification notification = new DrsNotification(
                DrsNotificationType.DeviceRegisteredNotification,
                "amzn1.application-oa2-client.6b68exxxxxxxxxx9",
                Instant.parse("2015-10-01T02:23:52.747Z"),
                "amzn1.dash.notification.v1.xxxxxxxxxxxxx13",
                "DeviceSerialNumber",
                "myDeviceModel",
                "amzn1.account.AHxxxxxxxxGA2O5Q",
                null,
                null);

        JsonObject expected = parse(SEED_003_EXAMPLE);
        JsonObject actual = parse(notification.toJson());

        assertEquals(expected, actual);
        assertEquals(expected.toString(), notification.toJson(), "the same keys in the same order, compact");
    }

    @Test
    void aNotificationTimeOnAWholeSecondKeepsItsMilliseconds() {
        DrsNotification notification = new DrsNotification(
                DrsNotificationType.DeviceDeregisteredNotification,
                "client",
                Instant.parse("2026-01-01T00:00:00Z"),
                "n",
                "S",
                "M",
                "C",
                null,
                null);

        JsonObject info = parse(notification.toJson()).getJsonObject("notificationInfo");
        assertEquals("2026-01-01T00:00:00.000Z", info.getString("notificationTime"));
        assertEquals("DeviceDeregisteredNotification", info.getString("notificationType"));
        assertEquals("2015-06-05", info.getString("version"));
    }

    @Test
    void subscriptionChangedCarriesSlotsSubscriptionStatus() {
        Map<String, Boolean> slots = new LinkedHashMap<>();
        slots.put("slot-a", true);
        slots.put("slot-b", false);

        JsonObject json = parse(new DrsNotification(
                        DrsNotificationType.SubscriptionChangedNotification,
                        "client",
                        Instant.EPOCH,
                        "n",
                        "S",
                        "M",
                        "C",
                        slots,
                        null)
                .toJson());

        assertEquals(
                List.of("notificationInfo", "deviceInfo", "customerInfo", "subscriptionInfo"),
                List.copyOf(json.keySet()));
        JsonObject status = json.getJsonObject("subscriptionInfo").getJsonObject("slotsSubscriptionStatus");
        assertTrue(status.getBoolean("slot-a"));
        assertEquals(false, status.getBoolean("slot-b"));
    }

    @Test
    void itemShippedCarriesOrderInfoWithProducts() {
        DrsNotification.OrderInfo order = new DrsNotification.OrderInfo(
                "amzn1.dash.v2.o.instance",
                "slot-a",
                List.of(new DrsNotification.ProductInfo(
                        new BigDecimal("1.0"), "count", "B00TEST123", "2026-01-10T00:00:00Z")));

        JsonObject json = parse(new DrsNotification(
                        DrsNotificationType.ItemShippedNotification,
                        "client",
                        Instant.EPOCH,
                        "n",
                        "S",
                        "M",
                        "C",
                        null,
                        order)
                .toJson());

        JsonObject orderInfo = json.getJsonObject("orderInfo");
        assertEquals(List.of("instanceId", "slotId", "productInfo"), List.copyOf(orderInfo.keySet()));
        JsonObject product = orderInfo.getJsonArray("productInfo").getJsonObject(0);
        assertEquals(List.of("quantity", "unit", "asin", "estimatedDeliveryDate"), List.copyOf(product.keySet()));
        assertEquals(new BigDecimal("1.0"), product.getJsonNumber("quantity").bigDecimalValue());
        assertEquals("B00TEST123", product.getString("asin"));
    }

    @Test
    void incompleteNotificationsAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new DrsNotification(
                        DrsNotificationType.DeviceRegisteredNotification,
                        "client",
                        Instant.EPOCH,
                        "n",
                        " ",
                        "M",
                        "C",
                        null,
                        null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new DrsNotification(
                        DrsNotificationType.ItemShippedNotification,
                        "client",
                        Instant.EPOCH,
                        "n",
                        "S",
                        "M",
                        "C",
                        null,
                        null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new DrsNotification(
                        DrsNotificationType.SubscriptionChangedNotification,
                        "client",
                        Instant.EPOCH,
                        "n",
                        "S",
                        "M",
                        "C",
                        Map.of(),
                        null));
        assertThrows(IllegalArgumentException.class, () -> DrsNotificationType.of("NoSuchNotification"));
        assertTrue(DrsNotificationPublisher.newNotificationId().startsWith("amzn1.dash.notification.v1."));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
