package jp.kakehashi.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListCursorTest {

    private static final Instant AT = Instant.parse("2026-12-05T06:30:12.123456Z");

    @Test
    void aTimedCursorComesBackAsItWasGiven() {
        ListCursor cursor = ListCursor.of(AT, 4711L);
        String encoded = cursor.encode("audit");
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), "URL-safe without escaping: " + encoded);
        ListCursor decoded = ListCursor.decode("audit", encoded, true);
        assertEquals(cursor, decoded);
        assertEquals(4711L, decoded.numericKey());
    }

    @Test
    void aKeyMayHoldTheSeparator() {
        ListCursor cursor = ListCursor.of(AT, "message|with|bars");
        assertEquals(cursor, ListCursor.decode("receptions", cursor.encode("receptions"), true));
    }

    @Test
    void anIdCursorHasNoTime() {
        ListCursor cursor = ListCursor.of(null, 99L);
        assertEquals(cursor, ListCursor.decode("devices", cursor.encode("devices"), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankCursorIsTheFirstPage(String blank) {
        assertNull(ListCursor.decode("audit", blank, true));
        assertNull(ListCursor.decode("audit", null, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "%%%", "AAAA", "MXxhdWRpdA", "eyJpZCI6MX0"})
    void garbageIsRefusedWithAReason(String garbage) {
        BadListRequestException refused =
                assertThrows(BadListRequestException.class, () -> ListCursor.decode("audit", garbage, true));
        assertEquals(BadListRequestException.Problem.CURSOR, refused.getProblem());
        assertTrue(refused.getMessage().contains("cursor"), refused.getMessage());
    }

    @Test
    void anotherListsCursorIsRefused() {
        String members = ListCursor.of(AT, 1L).encode("members");
        BadListRequestException refused =
                assertThrows(BadListRequestException.class, () -> ListCursor.decode("audit", members, true));
        assertTrue(refused.getMessage().contains("another list (members)"), refused.getMessage());
    }

    @Test
    void aCursorWithoutTheTimeItsListNeedsIsRefused() {
        String untimed = ListCursor.of(null, 1L).encode("audit");
        assertThrows(BadListRequestException.class, () -> ListCursor.decode("audit", untimed, true));
        String timed = ListCursor.of(AT, 1L).encode("devices");
        assertThrows(BadListRequestException.class, () -> ListCursor.decode("devices", timed, false));
    }

    @Test
    void aForgedTimeOrKeyIsRefused() {
        assertThrows(
                BadListRequestException.class, () -> ListCursor.decode("audit", plain("1|audit|yesterday|1"), true));
        assertThrows(
                BadListRequestException.class, () -> ListCursor.decode("audit", plain("1|audit|" + AT + "|"), true));
        assertThrows(
                BadListRequestException.class, () -> ListCursor.decode("audit", plain("2|audit|" + AT + "|1"), true));
        ListCursor notANumber = ListCursor.decode("audit", plain("1|audit|" + AT + "|1 OR 1=1"), true);
        assertThrows(BadListRequestException.class, notANumber::numericKey);
    }

    @Test
    void anOverlongCursorIsRefusedBeforeDecoding() {
        String huge = "A".repeat(ListCursor.MAX_ENCODED + 1);
        BadListRequestException refused =
                assertThrows(BadListRequestException.class, () -> ListCursor.decode("audit", huge, true));
        assertTrue(refused.getMessage().contains("too long"));
    }

    private static String plain(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
