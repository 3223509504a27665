package jp.kakehashi.admin.messaging;

import jp.kakehashi.admin.domain.AuditEntry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PurgedMessageIdsTest {

    @Test
    void theAuditLineNamesEveryMessageInTheBatch() {
        PurgedMessageIds batch = new PurgedMessageIds();
        batch.add("ID:aaa");
        batch.add(null);
        batch.add("ID:ccc");

        assertEquals(3, batch.count());
        assertEquals("3 messages deleted: ID:aaa (no id) ID:ccc", batch.detail());
    }

    @Test
    void aBatchEndsWhileItsAuditLineStillFitsTheColumnWhateverTheIdsLength() {
        for (int length : new int[] {1, 40, 51, PurgedMessageIds.MAX_ID_LENGTH, 500}) {
            PurgedMessageIds batch = new PurgedMessageIds();
            while (batch.hasRoomForAnother()) {
                batch.add("ID:" + "x".repeat(length));
            }
            assertTrue(batch.detail().length() <= AuditEntry.MAX_DETAIL, length + ": " + batch.detail().length());
            assertTrue(batch.count() > 0);
            assertThrows(IllegalStateException.class, () -> batch.add("ID:one-more"));
        }
    }

    @Test
    void aSmallColumnTakesFewerIds() {
        String longest = "ID:" + "x".repeat(PurgedMessageIds.MAX_ID_LENGTH - 3);
        PurgedMessageIds batch = new PurgedMessageIds(23 + 104 + 104);
        batch.add(longest);
        assertTrue(batch.hasRoomForAnother());
        batch.add(longest);
        assertFalse(batch.hasRoomForAnother(), "a third id of the longest kind would not fit");
    }
}
