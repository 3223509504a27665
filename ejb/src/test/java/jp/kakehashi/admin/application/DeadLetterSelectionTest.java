package jp.kakehashi.admin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeadLetterSelectionTest {

    private static final Instant NOON = Instant.parse("2026-12-05T03:00:00Z");

    private static QueuedMessageSummary message(String id, String type, String serial, Instant putAt) {
        return new QueuedMessageSummary(id, putAt, 5, "sns-" + id, type, serial, Duration.ZERO);
    }

    @Test
    void anEmptyFilterTakesEveryMessage() {
        assertTrue(DeadLetterSelection.all().matches(message("ID:a", null, null, null)));
        assertEquals("all messages", DeadLetterSelection.all().describe());
    }

    @Test
    void aFilterTakesOnlyWhatMatchesEachOfItsParts() {
        DeadLetterSelection filter =
                new DeadLetterSelection(Set.of(), "DeviceRegisteredNotification", "SN-1", NOON, NOON.plusSeconds(60));

        assertTrue(filter.matches(message("ID:a", "DeviceRegisteredNotification", "SN-1", NOON)));
        assertFalse(filter.matches(message("ID:b", "OrderPlacedNotification", "SN-1", NOON)));
        assertFalse(filter.matches(message("ID:c", "DeviceRegisteredNotification", "SN-2", NOON)));
        assertFalse(
                filter.matches(message("ID:d", "DeviceRegisteredNotification", "SN-1", NOON.plusSeconds(60))),
                "to is exclusive");
        assertFalse(filter.matches(message("ID:e", "DeviceRegisteredNotification", "SN-1", NOON.minusMillis(1))));
        assertFalse(filter.matches(message("ID:f", "DeviceRegisteredNotification", "SN-1", null)));
        assertEquals(
                "messages with type DeviceRegisteredNotification, serial SN-1, from 2026-12-05T03:00:00Z, "
                        + "before 2026-12-05T03:01:00Z",
                filter.describe());
    }

    @Test
    void chosenIdsTakeThoseMessagesOnly() {
        DeadLetterSelection chosen = DeadLetterSelection.ofIds(Set.of("ID:a", "ID:b"));

        assertTrue(chosen.matches(message("ID:a", null, null, null)));
        assertFalse(chosen.matches(message("ID:c", null, null, null)));
        assertEquals("2 chosen messages", chosen.describe());
    }

    @Test
    void badSelectionsAreRefusedWithAReason() {
        assertThrows(AdminActionRefusedException.class, () -> DeadLetterSelection.ofIds(Set.of()));
        assertThrows(AdminActionRefusedException.class, () -> DeadLetterSelection.ofIds(Set.of("ID:a' OR '1'='1")));
        assertThrows(
                AdminActionRefusedException.class,
                () -> new DeadLetterSelection(Set.of(), null, null, NOON, NOON.minusSeconds(1)));
        assertThrows(
                AdminActionRefusedException.class,
                () -> new DeadLetterSelection(Set.of("ID:a"), "X", null, null, null));
        Set<String> tooMany = IntStream.rangeClosed(0, DeadLetterSelection.MAX_IDS)
                .mapToObj(n -> "ID:" + n)
                .collect(Collectors.toSet());
        assertThrows(AdminActionRefusedException.class, () -> DeadLetterSelection.ofIds(tooMany));
    }
}
