package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The DRS pre-registration guide's promise that nothing answered 200 is lost, on a second Kakehashi server (the victim:
 * its own H2 database and messaging file store) to which the build server's sandbox SNS delivers. The victim is killed
 * with SIGKILL twice and started again each time: once in the middle of a stream of DeviceRegistered notifications
 * (every notification answered 200 before the kill is stored exactly once; those the kill cut off are redelivered until
 * answered, and stored exactly once too; nothing is left on the queue or its dead-letter queue), and once while a
 * notification answered 200 waits on the queue of a paused consumer (it is stored once after the restart). The sandbox
 * lives in the other server so that the kill does not take its log and its retries with it; the victim's subscription
 * has a delivery policy of its own, so the tests that change the sandbox-wide one do not wait for this class.
 */
@OnServersOfItsOwn
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnsCrashUnderLoadCrashIT {

    private static final int NOTIFICATIONS = 200;
    private static final int PUBLISHED_PER_SECOND = 50;
    private static final String VICTIM = "crash-victim";
    private static final String VICTIM_URL = "http://localhost:9184";
    private static final String CONSUMER = "kakehashi#kakehashi-ejb.jar#SnsNotificationConsumer";
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(5);

    private final LibertyServers servers = new LibertyServers();
    private SnsLoadRig rig;

    /** One victim for both kills: each test leaves it started again, and a start costs more than the tests' work. */
    @BeforeAll
    void startTheVictim() {
        rig = new SnsLoadRig(VICTIM_URL);
        rig.startTheVictim(
                servers, VICTIM, Map.of("default.http.port", "9184", "default.https.port", "9547"), RECOVERY_TIMEOUT);
        rig.subscribeTheVictim();
    }

    @BeforeEach
    void theVictimIsUp() {
        rig.awaitVictimReady(RECOVERY_TIMEOUT);
    }

    @AfterAll
    void stopTheVictim() {
        if (rig != null) {
            rig.unsubscribe();
        }
        servers.stop(VICTIM);
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void everyNotificationAnswered200OrRedeliveredIsStoredExactlyOnce() throws Exception {
        Map<String, String> serialByMessageId = new ConcurrentHashMap<>();
        CompletableFuture<Void> publishing =
                CompletableFuture.runAsync(() -> rig.publish(NOTIFICATIONS, PUBLISHED_PER_SECOND, serialByMessageId));

        Await.present(() -> rig.answered200().size() >= NOTIFICATIONS / 4 ? Optional.of(true) : Optional.empty());
        servers.kill(VICTIM);
        // Logged after each answer arrived, so every 200 in the log now was answered before the kill
        Set<String> answeredBeforeTheKill = rig.answered200();
        publishing.get(60, TimeUnit.SECONDS);
        assertTrue(answeredBeforeTheKill.size() < NOTIFICATIONS, "the kill came in the middle of the stream");

        servers.start(VICTIM);
        rig.awaitVictimReady(RECOVERY_TIMEOUT);
        rig.awaitEveryDelivered(serialByMessageId.keySet());
        long redelivered = rig.deliveries().stream()
                .filter(entry -> entry.getString("outcome").equals("RETRY"))
                .map(entry -> entry.getString("messageId"))
                .distinct()
                .count();
        assertTrue(redelivered > 0, "the kill cut some deliveries off, and the sandbox redelivered them");

        Map<String, Long> stored = Await.present(
                () -> {
                    Map<String, Long> devices = rig.storedDevices(NOTIFICATIONS);
                    return devices.size() == NOTIFICATIONS && rig.queueDepth("SnsInboundQueue") == 0
                            ? Optional.of(devices)
                            : Optional.empty();
                },
                RECOVERY_TIMEOUT);
        for (String messageId : answeredBeforeTheKill) {
            assertEquals(
                    1L, stored.get(serialByMessageId.get(messageId)), "answered 200 before the kill: " + messageId);
        }
        for (String serial : serialByMessageId.values()) {
            assertEquals(1L, stored.get(serial), "stored exactly once: " + serial);
        }
        assertEquals(0, rig.queueDepth("SnsInboundQueue.DLQ"), "nothing dead-lettered");
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void aNotificationAnswered200AndWaitingOnTheQueueAtTheKillIsStoredOnceAfterTheRestart() throws Exception {
        String serial = rig.serialBesideTheStream();
        servers.pause(VICTIM, CONSUMER);

        String messageId = rig.publishOne(serial);
        Await.present(() -> rig.deliveries().stream()
                .filter(entry -> entry.getString("messageId").equals(messageId)
                        && entry.containsKey("status")
                        && entry.getInt("status") == 200)
                .findFirst());
        assertTrue(rig.queueDepth("SnsInboundQueue") >= 1, "the notification waits on the queue");
        assertTrue(rig.devices(serial).isEmpty(), "not processed before the kill");

        servers.kill(VICTIM);
        servers.start(VICTIM);
        rig.awaitVictimReady(RECOVERY_TIMEOUT);

        JsonObject device = Await.present(() -> rig.devices(serial).stream().findFirst(), RECOVERY_TIMEOUT);
        assertEquals("PRE_REGISTERED", device.getString("status"));
        assertEquals(1, rig.devices(serial).size(), "stored once");
    }
}
