package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
 * ({@link CrashVictim}) through what a production server meets: a database outage under load, then a kill with a
 * notification waiting on the queue. Both share one victim; each test uses serials of its own. The outage comes first,
 * on the victim as it first started. {@link SnsKillUnderLoadCrashIT} kills a victim of its own in the middle of a
 * stream: each class takes two starts, each a quarter of a minute or more beside the other ITs.
 */
@OnServersOfItsOwn
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SnsOutageAndKillWhileQueuedCrashIT {

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

    private static int occurrences(String text, String line) {
        int count = 0;
        for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
            count++;
        }
        return count;
    }
}
