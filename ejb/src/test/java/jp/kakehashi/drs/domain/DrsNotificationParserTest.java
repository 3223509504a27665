package jp.kakehashi.drs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrsNotificationParserTest {

    /** The DRS pre-registration guide's example, as printed. */
    static final String SEED_003_EXAMPLE = """
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
            }""";

    @Test
    void readsSeed003sDeviceRegisteredNotification() {
        DrsNotification notification = DrsNotificationParser.parse(SEED_003_EXAMPLE);

        assertEquals(DrsNotificationType.DEVICE_REGISTERED, notification.type());
        assertEquals("amzn1.dash.notification.v1.xxxxxxxxxxxxx13", notification.notificationId());
        assertEquals("amzn1.application-oa2-client.6b68exxxxxxxxxx9", notification.lwaClientId());
        assertEquals(Instant.parse("2015-10-01T02:23:52.747Z"), notification.notificationTime());
        assertEquals("DeviceSerialNumber", notification.serialNumber());
        assertEquals("myDeviceModel", notification.modelId());
        assertEquals("amzn1.account.AHxxxxxxxxGA2O5Q", notification.directedCustomerId());
    }

    @Test
    void readsEveryDrsTypeAndIgnoresFieldsItDoesNotKnow() {
        for (DrsNotificationType type : DrsNotificationType.values()) {
            String message = SEED_003_EXAMPLE
                    .replace("DeviceRegisteredNotification", type.wireName())
                    .replace(
                            "\"customerInfo\"",
                            "\"orderInfo\": {\"instanceId\": \"i-1\", \"slotId\": \"s-1\", "
                                    + "\"productInfo\": [{\"quantity\": 1, \"unit\": \"count\", \"asin\": \"B0TEST\"}]}, \"customerInfo\"");

            assertEquals(type, DrsNotificationParser.parse(message).type());
        }
    }

    @Test
    void aNotificationWithoutCustomerInfoHasNoCustomer() {
        String message = SEED_003_EXAMPLE.substring(0, SEED_003_EXAMPLE.indexOf(",\n    \"customerInfo\"")) + "\n}";

        assertNull(DrsNotificationParser.parse(message).directedCustomerId());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain text",
                "[]",
                "{}",
                "{\"notificationInfo\":{}}",
                "{\"notificationInfo\":{\"notificationType\":\"SomethingNewNotification\"}}"
            })
    void anythingElseCannotBeProcessed(String message) {
        assertThrows(UnprocessableNotificationException.class, () -> DrsNotificationParser.parse(message));
    }

    @Test
    void aMissingSerialOrAnUnreadableTimeCannotBeProcessed() {
        assertThrows(
                UnprocessableNotificationException.class,
                () -> DrsNotificationParser.parse(
                        SEED_003_EXAMPLE.replace("\"serialNumber\": \"DeviceSerialNumber\"", "\"serialNumber\": 42")));
        assertThrows(
                UnprocessableNotificationException.class,
                () -> DrsNotificationParser.parse(SEED_003_EXAMPLE.replace("2015-10-01T02:23:52.747Z", "1 October")));
    }

    @Test
    void aValueLongerThanKakehashiStoresCannotBeProcessed() {
        assertThrows(
                UnprocessableNotificationException.class,
                () -> DrsNotificationParser.parse(SEED_003_EXAMPLE.replace("DeviceSerialNumber", "S".repeat(129))));
    }
}
