package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The DRS pre-registration guide's promise that nothing answered 200 is lost, on a Kakehashi server of the class's own
 * ({@link CrashVictim}) through what a production server meets: a database outage under load, a kill with a
 * notification waiting on the queue, and a kill in the middle of a stream. The three share one victim, which each kill
 * starts again (three starts instead of five, each half a minute beside the other ITs); each test uses serials of its
 * own. The outage comes first, on the victim as it first started.
 */
@OnServersOfItsOwn
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SnsOutagesAndKillsCrashIT {

    /** The consumers' line when a failure meets a database that does not answer (SnsNotificationConsumer). */
    private static final String WAITING_FOR_THE_DATABASE = "The database does not answer: SNS notification";

    @RegisterExtension
    static final CrashVictim VICTIM = new CrashVictim();

    /**
     * Issue 29: a database outage of a few seconds under load sends nothing to the dead-letter queue. The consumers'
     * transactions fail, and Liberty's engine, which redelivers at once, would use up each notification's deliveries
     * within milliseconds; instead the consumers wait for the database and every notification is stored exactly once.
     * The outage is the relay to PostgreSQL cut: the machine's PostgreSQL, which other tests share, keeps running.
     */
    @Test
    @Order(1)
    void aShortDatabaseOutageUnderLoadDeadLettersNothingAndLosesNothing() throws Exception {
        SnsLoadRig rig = VICTIM.rig();
        Map<String, String> serialByMessageId = new ConcurrentHashMap<>();
        CompletableFuture<Void> publishing = VICTIM.publishAStreamAndAwaitAQuarterAnswered(serialByMessageId);
        int outagesBefore = occurrences(VICTIM.log(), WAITING_FOR_THE_DATABASE);
        VICTIM.relay().cut();
        // The outage lasts until the victim has felt it: readiness down and a consumer waiting for the database
        Await.present(
                () -> VICTIM.readinessStatus() == 503 ? Optional.of(true) : Optional.empty(), Duration.ofSeconds(20));
        Await.present(
                () -> occurrences(VICTIM.log(), WAITING_FOR_THE_DATABASE) > outagesBefore
                        ? Optional.of(true)
                        : Optional.empty(),
                Duration.ofSeconds(20));
        VICTIM.relay().restore();
        publishing.get(60, TimeUnit.SECONDS);

        rig.awaitVictimReady(CrashVictim.RECOVERY_TIMEOUT);
        rig.awaitEveryDelivered(serialByMessageId.keySet());
        rig.awaitEachStoredOnce(serialByMessageId.values(), CrashVictim.RECOVERY_TIMEOUT);
        assertEquals(0, rig.queueDepth("SnsInboundQueue.DLQ"), "nothing dead-lettered by the outage");
    }

    /**
     * A notification answered 200 that waits on the queue of a paused consumer when its server is killed with SIGKILL
     * is stored once after the restart: the persistent queue keeps what the answer promised.
     */
    @Test
    @Order(2)
    void aNotificationAnswered200AndWaitingOnTheQueueAtTheKillIsStoredOnceAfterTheRestart() throws Exception {
        SnsLoadRig rig = VICTIM.rig();
        String serial = rig.serialBesideTheStream();
        VICTIM.pauseTheConsumer();

        String messageId = rig.publishOne(serial);
        Await.present(() -> rig.deliveries().stream()
                .filter(entry -> entry.getString("messageId").equals(messageId)
                        && entry.containsKey("status")
                        && entry.getInt("status") == 200)
                .findFirst());
        assertTrue(rig.queueDepth("SnsInboundQueue") >= 1, "the notification waits on the queue");
        assertTrue(rig.devices(serial).isEmpty(), "not processed before the kill");

        VICTIM.kill();
        VICTIM.restart();

        JsonObject device = Await.present(() -> rig.devices(serial).stream().findFirst(), CrashVictim.RECOVERY_TIMEOUT);
        assertEquals("PRE_REGISTERED", device.getString("status"));
        assertEquals(1, rig.devices(serial).size(), "stored once");
    }

    /**
     * Killed with SIGKILL in the middle of a stream of DeviceRegistered notifications and started again: every
     * notification answered 200 before the kill is stored exactly once; those the kill cut off are redelivered until
     * answered, and stored exactly once too; nothing reaches the dead-letter queue.
     */
    @Test
    @Order(3)
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

    private static int occurrences(String text, String line) {
        int count = 0;
        for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
            count++;
        }
        return count;
    }
}
