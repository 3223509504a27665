package jp.kakehashi.drs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** The reason a parked notification is shown and grouped by: each bad input names what is wrong with it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            plain text                                                                  | not JSON
            ''                                                                          | not JSON
            '{"notificationInfo": '                                                     | not JSON
            []                                                                          | not a JSON object
            '[{"notificationInfo": {"notificationType": "DeviceRegisteredNotification"}}]' | not a JSON object
            null                                                                        | not a JSON object
            '"DeviceRegisteredNotification"'                                            | not a JSON object
            {}                                                                          | no object notificationInfo
            '{"notificationInfo": null}'                                                | no object notificationInfo
            '{"notificationInfo": {}}'                                                  | no notificationInfo.notificationType
            '{"notificationInfo": {"notificationType": " "}}'                           | no notificationInfo.notificationType
            '{"notificationInfo": {"notificationType": 7}}'                             | notificationType is not a string
            '{"notificationInfo": {"notificationType": "SomethingNewNotification"}}'    | unknown DRS notification type SomethingNewNotification
            '{"notificationInfo": {"notificationType": "DeviceRegisteredNotification"}}' | no object deviceInfo
            """)
    void theReasonSaysWhatIsWrong(String message, String reason) {
        assertReason(reason, message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '"notificationId": "amzn1.dash.notification.v1.xxxxxxxxxxxxx13"' | '"notificationId": null'           | no notificationInfo.notificationId
            '"notificationId": "amzn1.dash.notification.v1.xxxxxxxxxxxxx13"' | '"notificationId": ""'             | no notificationInfo.notificationId
            '"notificationId": "amzn1.dash.notification.v1.xxxxxxxxxxxxx13"' | '"notificationId": 13'             | notificationId is not a string
            '"lwaClientId": "amzn1.application-oa2-client.6b68exxxxxxxxxx9"' | '"lwaClientId": true'              | lwaClientId is not a string
            '"notificationTime": "2015-10-01T02:23:52.747Z"'                 | '"notificationTime": 1443666232'   | notificationTime is not a string
            '"notificationTime": "2015-10-01T02:23:52.747Z"'                 | '"since": "2015-10-01"'            | no notificationInfo.notificationTime
            '"notificationTime": "2015-10-01T02:23:52.747Z"'                 | '"notificationTime": "1 October"'  | notificationTime 1 October
            '"deviceIdentifier": {'                                          | '"deviceIdentifiers": {'           | no object deviceIdentifier
            '"serialNumber": "DeviceSerialNumber"'                           | '"serialNumber": 42'               | serialNumber is not a string
            '"serialNumber": "DeviceSerialNumber"'                           | '"serial": "DeviceSerialNumber"'   | no deviceInfo.deviceIdentifier.serialNumber
            '"productIdentifier": {'                                         | '"productIdentifier": null, "x": {' | no object productIdentifier
            '"modelId": "myDeviceModel"'                                     | '"modelId": ["myDeviceModel"]'     | modelId is not a string
            '"modelId": "myDeviceModel"'                                     | '"modelId": "  "'                  | no deviceInfo.productIdentifier.modelId
            '"directedCustomerId": "amzn1.account.AHxxxxxxxxGA2O5Q"'         | '"directedCustomerId": 1'          | directedCustomerId is not a string
            """)
    void aFieldThatIsMissingOrNotTextIsNamed(String field, String replacement, String reason) {
        assertTrue(SEED_003_EXAMPLE.contains(field), field);
        assertReason(reason, SEED_003_EXAMPLE.replace(field, replacement));
    }

    @Test
    void customerInfoMayBeMissingButNotNullOrAnythingButAnObject() {
        String customer = "{\n        \"directedCustomerId\": \"amzn1.account.AHxxxxxxxxGA2O5Q\"\n    }";
        assertTrue(SEED_003_EXAMPLE.contains(customer));

        assertReason("no object customerInfo", SEED_003_EXAMPLE.replace(customer, "null"));
        assertReason("no object customerInfo", SEED_003_EXAMPLE.replace(customer, "\"amzn1.account.AH\""));
        assertNull(DrsNotificationParser.parse(SEED_003_EXAMPLE.replace(customer, "{}"))
                .directedCustomerId());
    }

    @Test
    void eachLengthKakehashiStoresIsNamed() {
        assertReason(
                "notificationId longer than 128",
                SEED_003_EXAMPLE.replace("amzn1.dash.notification.v1.xxxxxxxxxxxxx13", "n".repeat(129)));
        assertReason(
                "lwaClientId longer than 256",
                SEED_003_EXAMPLE.replace("amzn1.application-oa2-client.6b68exxxxxxxxxx9", "c".repeat(257)));
        assertReason("serialNumber longer than 128", SEED_003_EXAMPLE.replace("DeviceSerialNumber", "S".repeat(129)));
        assertReason("modelId longer than 128", SEED_003_EXAMPLE.replace("myDeviceModel", "m".repeat(129)));
        assertReason(
                "directedCustomerId longer than 128",
                SEED_003_EXAMPLE.replace("amzn1.account.AHxxxxxxxxGA2O5Q", "a".repeat(129)));
        assertEquals(
                "S".repeat(128),
                DrsNotificationParser.parse(SEED_003_EXAMPLE.replace("DeviceSerialNumber", "S".repeat(128)))
                        .serialNumber());
    }

    /** JSON-B refuses such a message whole, so the reason names the parts that may be to blame. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"notificationInfo\": [], \"deviceInfo\": {}}",
                "{\"notificationInfo\": {\"notificationType\": \"DeviceRegisteredNotification\"}, \"deviceInfo\": \"D\"}",
                "{\"notificationInfo\": {}, \"deviceInfo\": {\"deviceIdentifier\": \"DeviceSerialNumber\"}}",
                "{\"notificationInfo\": {}, \"deviceInfo\": {\"productIdentifier\": 42}}"
            })
    void aPartThatIsNotAnObjectCannotBeProcessed(String message) {
        assertReason("notificationInfo, deviceInfo or one of deviceInfo's identifiers is not an object", message);
    }

    @Test
    void readsAnOrdersFirstProduct() {
        String order = SEED_003_EXAMPLE
                .replace("DeviceRegisteredNotification", "OrderPlacedNotification")
                .replaceFirst(
                        "\\}\\s*$",
                        ", \"orderInfo\": {\"instanceId\": \"i-1\", \"slotId\": \"s-1\", \"productInfo\": ["
                                + "{\"asin\": \"B0FIRST\", \"estimatedDeliveryDate\": \"2026-12-03\", \"quantity\": 1},"
                                + " {\"asin\": \"B0SECOND\"}, \"whatever\"]}}");

        assertEquals(
                Optional.of(new DrsNotificationParser.OrderInfo("i-1", "s-1", "B0FIRST", "2026-12-03")),
                DrsNotificationParser.orderInfo(order));
        assertEquals(Optional.empty(), DrsNotificationParser.orderInfo(SEED_003_EXAMPLE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '"orderInfo": "i-1"'                                                            | -
            '"orderInfo": null'                                                             | -
            '"orderInfo": {"instanceId": "i-1", "productInfo": "B0FIRST"}'                  | i-1
            '"orderInfo": {"instanceId": "i-1", "productInfo": []}'                         | i-1
            '"orderInfo": {"instanceId": "i-1", "productInfo": ["B0FIRST", {"asin": "B"}]}' | i-1
            """)
    void anOrderInfoOfAnotherShapeGivesWhatItCan(String orderInfo, String instanceId) {
        Optional<DrsNotificationParser.OrderInfo> read =
                DrsNotificationParser.orderInfo("{\"notificationInfo\": {}, " + orderInfo + "}");

        assertEquals(
                "-".equals(instanceId)
                        ? Optional.empty()
                        : Optional.of(new DrsNotificationParser.OrderInfo(instanceId, null, null, null)),
                read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '{"orderInfo": {"instanceId": 1}}'                                       | instanceId is not a string
            '{"orderInfo": {"slotId": false}}'                                       | slotId is not a string
            '{"orderInfo": {"productInfo": [{"asin": 5}]}}'                          | asin is not a string
            '{"orderInfo": {"productInfo": [{"estimatedDeliveryDate": {}}]}}'        | estimatedDeliveryDate is not a string
            plain text                                                               | not JSON
            '[{"orderInfo": {}}]'                                                    | not a JSON object
            """)
    void anOrderInfoWithAFieldOfTheWrongTypeCannotBeProcessed(String message, String reason) {
        assertOrderReason(reason, message);
    }

    @Test
    void anOrdersInstanceOrSlotLongerThanKakehashiStoresCannotBeProcessed() {
        assertOrderReason(
                "orderInfo.instanceId longer than 255",
                "{\"orderInfo\": {\"instanceId\": \"" + "i".repeat(256) + "\"}}");
        assertOrderReason(
                "orderInfo.slotId longer than 64", "{\"orderInfo\": {\"slotId\": \"" + "s".repeat(65) + "\"}}");
    }

    private static void assertOrderReason(String reason, String message) {
        UnprocessableNotificationException refused =
                assertThrows(UnprocessableNotificationException.class, () -> DrsNotificationParser.orderInfo(message));
        assertEquals("not a DRS envelope: " + reason, refused.getMessage());
    }

    @Test
    void slotsKeepTheMessagesOrderAndLeaveOutWhatIsNotABoolean() {
        String slots = "{\"z\": true, \"a\": false, \"m\": null, \"n\": \"true\", \"y\": true, \"" + "s".repeat(65)
                + "\": true, \"b\": false}";
        Map<String, Boolean> read = DrsNotificationParser.slotsSubscriptionStatus(
                "{\"subscriptionInfo\": {\"slotsSubscriptionStatus\": " + slots + "}}");

        assertEquals(List.of("z", "a", "y", "b"), List.copyOf(read.keySet()));
        assertEquals(List.of(true, false, true, false), List.copyOf(read.values()));
        assertEquals(Map.of(), DrsNotificationParser.slotsSubscriptionStatus("{\"subscriptionInfo\": []}"));
        assertEquals(
                Map.of(),
                DrsNotificationParser.slotsSubscriptionStatus(
                        "{\"subscriptionInfo\": {\"slotsSubscriptionStatus\": [true]}}"));
    }

    private static void assertReason(String reason, String message) {
        UnprocessableNotificationException refused =
                assertThrows(UnprocessableNotificationException.class, () -> DrsNotificationParser.parse(message));
        assertEquals(reason.startsWith("unknown DRS") ? reason : "not a DRS envelope: " + reason, refused.getMessage());
    }
}
