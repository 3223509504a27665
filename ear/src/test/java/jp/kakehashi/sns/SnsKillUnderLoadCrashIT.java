package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The DRS pre-registration guide's promise that nothing answered 200 is lost, on a Kakehashi server of the class's own
 * ({@link CrashVictim}) killed with SIGKILL in the middle of a stream of notifications, as a crashed machine would be.
 * {@link SnsOutageAndKillWhileQueuedCrashIT} cuts the database off under load and kills a victim with a notification
 * waiting on the queue.
 */
@OnServersOfItsOwn
class SnsKillUnderLoadCrashIT {

    @RegisterExtension
    static final CrashVictim VICTIM = new CrashVictim();

    /**
     * Killed with SIGKILL in the middle of a stream of DeviceRegistered notifications and started again: every
     * notification answered 200 before the kill is stored exactly once; those the kill cut off are redelivered until
     * answered, and stored exactly once too; nothing reaches the dead-letter queue.
     */
    @Test
    void everyNotificationAnswered200OrRedeliveredIsStoredExactlyOnce() throws Exception {
        SnsLoadRig rig = VICTIM.rig();
        Map<String, String> serialByMessageId = new ConcurrentHashMap<>();
        CompletableFuture<Void> publishing = VICTIM.publishAStreamAndAwaitAQuarterAnswered(serialByMessageId);
        VICTIM.kill();
        // Logged after each answer arrived, so every 200 in the log now was answered before the kill
        Set<String> answeredBeforeTheKill = new HashSet<>(rig.answered200());
        answeredBeforeTheKill.retainAll(serialByMessageId.keySet());
        publishing.get(60, TimeUnit.SECONDS);
        assertTrue(
                answeredBeforeTheKill.size() < CrashVictim.NOTIFICATIONS, "the kill came in the middle of the stream");

        VICTIM.restart();
        rig.awaitEveryDelivered(serialByMessageId.keySet());
        long redelivered = rig.deliveries().stream()
                .filter(entry -> entry.getString("outcome").equals("RETRY"))
                .filter(entry -> serialByMessageId.containsKey(entry.getString("messageId")))
                .map(entry -> entry.getString("messageId"))
                .distinct()
                .count();
        assertTrue(redelivered > 0, "the kill cut some deliveries off, and the sandbox redelivered them");

        Map<String, Long> stored = rig.awaitEachStoredOnce(serialByMessageId.values(), CrashVictim.RECOVERY_TIMEOUT);
        for (String messageId : answeredBeforeTheKill) {
            assertEquals(
                    1L, stored.get(serialByMessageId.get(messageId)), "answered 200 before the kill: " + messageId);
        }
        assertEquals(0, rig.queueDepth("SnsInboundQueue.DLQ"), "nothing dead-lettered");
    }
}
