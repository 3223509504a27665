package jp.kakehashi.drs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionInfoTest {

    @Test
    void readsVersionTwoAsAmazonsReferencePrintsIt() {
        // The response example of Amazon's "SubscriptionInfo Endpoint" page, version 2.0, with a second slot
        SubscriptionInfo info = SubscriptionInfo.parse("""
                {
                 "slotsSubscriptionStatus": {
                   "slot1": {
                     "productInfoList": [{
                       "asin": "B0KKHCOF02",
                       "quantity": 1,
                       "unit": "count"
                     }],
                     "subscribed": true
                   },
                   "slot2": {"productInfoList": [], "subscribed": false, "somethingNew": 1}
                 }
                }""");

        assertEquals(
                List.of(
                        new SubscriptionInfo.Slot("slot1", true, "B0KKHCOF02", BigDecimal.ONE, "count"),
                        new SubscriptionInfo.Slot("slot2", false, null, null, null)),
                info.slots());
    }

    @Test
    void readsVersionOnesBooleansWithoutProducts() {
        SubscriptionInfo info =
                SubscriptionInfo.parse("{\"slotsSubscriptionStatus\": {\"slot1\": true, \"slot2\": false}}");

        assertEquals(
                List.of(
                        new SubscriptionInfo.Slot("slot1", true, null, null, null),
                        new SubscriptionInfo.Slot("slot2", false, null, null, null)),
                info.slots());
    }

    @Test
    void refusesWhatIsNotSubscriptionInfo() {
        assertThrows(IllegalArgumentException.class, () -> SubscriptionInfo.parse("not json"));
        assertThrows(IllegalArgumentException.class, () -> SubscriptionInfo.parse("{}"));
        assertThrows(
                IllegalArgumentException.class,
                () -> SubscriptionInfo.parse("{\"slotsSubscriptionStatus\": {\"s\": 3}}"));
        assertThrows(IllegalArgumentException.class, () -> SubscriptionInfo.parse(null));
    }

    @Test
    void aSubscriptionChangedNotificationNamesEachSlotsState() {
        String message = DrsNotificationParserTest.SEED_003_EXAMPLE
                .replace("DeviceRegisteredNotification", "SubscriptionChangedNotification")
                .replaceFirst(
                        "\\}\\s*$",
                        ", \"subscriptionInfo\": {\"slotsSubscriptionStatus\": {\"slot1\": true, \"slot2\": false, \"odd\": \"yes\"}}}");

        assertEquals(Map.of("slot1", true, "slot2", false), DrsNotificationParser.slotsSubscriptionStatus(message));
        assertEquals(
                Map.of(), DrsNotificationParser.slotsSubscriptionStatus(DrsNotificationParserTest.SEED_003_EXAMPLE));
    }

    @Test
    void aChangeForgetsTheProductUntilItIsReadAgain() {
        SlotSubscription subscription = new SlotSubscription(1, "slot1");
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        subscription.read(true, "B0KKHCOF01", BigDecimal.ONE, "count", now);

        subscription.changed(true, now);
        assertEquals("B0KKHCOF01", subscription.getAsin(), "still subscribed: the product is kept");

        subscription.changed(false, now);
        assertFalse(subscription.isSubscribed());
        assertNull(subscription.getAsin());

        subscription.changed(true, now);
        assertTrue(subscription.isSubscribed());
        assertNull(subscription.getAsin(), "subscribed anew: which product is read with SubscriptionInfo");
    }

    @Test
    void aSlotDefinitionKeepsItsRules() {
        SlotDefinition slot = new SlotDefinition("M", "coffee-beans", " 豆 ", 20, List.of("B0KKHCOF01", "B0KKHCOF01"));
        assertEquals("豆", slot.getDisplayName());
        assertEquals(List.of("B0KKHCOF01"), slot.getAsins());

        assertThrows(IllegalArgumentException.class, () -> new SlotDefinition("M", "a b", "n", 20, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SlotDefinition("M", "s", " ", 20, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SlotDefinition("M", "s", "n", 101, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SlotDefinition("M", "s", "n", -1, List.of()));
        assertThrows(
                IllegalArgumentException.class, () -> new SlotDefinition("M", "s", "n", 20, List.of("b0kkhcof01")));
    }
}
