package jp.kakehashi.admin.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import jp.kakehashi.admin.domain.AuditEntry;
import org.junit.jupiter.api.Test;

class DeadLetterReplayRunnerTest {

    @Test
    void everyIdLandsInExactlyOneBatchAndEachBatchsAuditLineFits() {
        List<String> ids = IntStream.range(0, 1_234)
                .mapToObj(n -> "ID:3a5f1c9e0b7d4e2f9a8c" + n)
                .toList();

        List<List<String>> batches = DeadLetterReplayRunner.batchesOf(ids, "SnsInboundQueue");

        assertEquals(ids, batches.stream().flatMap(List::stream).toList());
        for (List<String> batch : batches) {
            AuditedMessageIds line =
                    new AuditedMessageIds("replayed onto SnsInboundQueue (replay " + Long.MAX_VALUE + ")");
            batch.forEach(line::add);
            assertTrue(line.detail().length() <= AuditEntry.MAX_DETAIL, line.detail());
        }
        assertTrue(batches.size() > 1);
    }

    @Test
    void noIdsNoBatch() {
        assertEquals(List.of(), DeadLetterReplayRunner.batchesOf(List.of(), "SnsInboundQueue"));
    }
}
