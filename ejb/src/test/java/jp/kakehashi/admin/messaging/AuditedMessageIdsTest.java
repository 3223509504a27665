package jp.kakehashi.admin.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kakehashi.admin.domain.AuditEntry;
import org.junit.jupiter.api.Test;

class AuditedMessageIdsTest {

    @Test
    void theAuditLineNamesEveryMessageInTheBatch() {
        AuditedMessageIds batch = new AuditedMessageIds(AuditedMessageIds.DELETED);
        batch.add("ID:aaa");
        batch.add(null);
        batch.add("ID:ccc");

        assertEquals(3, batch.count());
        assertEquals("3 messages deleted: ID:aaa (no id) ID:ccc", batch.detail());
    }

    @Test
    void aBatchEndsWhileItsAuditLineStillFitsTheColumnWhateverTheIdsLength() {
        for (int length : new int[] {1, 40, 51, AuditedMessageIds.MAX_ID_LENGTH, 500}) {
            AuditedMessageIds batch = new AuditedMessageIds(AuditedMessageIds.DELETED);
            while (batch.hasRoomForAnother()) {
                batch.add("ID:" + "x".repeat(length));
            }
            assertTrue(
                    batch.detail().length() <= AuditEntry.MAX_DETAIL,
                    length + ": " + batch.detail().length());
            assertTrue(batch.count() > 0);
            assertThrows(IllegalStateException.class, () -> batch.add("ID:one-more"));
        }
    }

    @Test
    void aSmallColumnTakesFewerIds() {
        String longest = "ID:" + "x".repeat(AuditedMessageIds.MAX_ID_LENGTH - 3);
        AuditedMessageIds batch = new AuditedMessageIds(AuditedMessageIds.DELETED, 23 + 104 + 104);
        batch.add(longest);
        assertTrue(batch.hasRoomForAnother());
        batch.add(longest);
        assertFalse(batch.hasRoomForAnother(), "a third id of the longest kind would not fit");
    }

    @Test
    void aReplayLineSaysWhereTheMessagesWentAndStillFits() {
        AuditedMessageIds batch = new AuditedMessageIds("replayed onto SnsInboundQueue (replay 12)");
        while (batch.hasRoomForAnother()) {
            batch.add("ID:" + "x".repeat(AuditedMessageIds.MAX_ID_LENGTH - 3));
        }
        assertTrue(
                batch.detail().startsWith(batch.count() + " messages replayed onto SnsInboundQueue (replay 12): ID:x"));
        assertTrue(batch.detail().length() <= AuditEntry.MAX_DETAIL);
    }
}
