package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import jp.kakehashi.testsupport.SharedResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 7's crash test: the build server's sandbox SNS delivers a stream of DeviceRegistered notifications to a second
 * Kakehashi server (its own H2 database and messaging file store), which is killed with SIGKILL in the middle of the
 * stream and started again. Checked against the sandbox's delivery log: every notification it saw answered 200 before
 * the kill is stored exactly once; those the kill cut off are redelivered by the sandbox until answered, and stored
 * exactly once too; nothing is left on the queue or its dead-letter queue. The sandbox lives in the other server so that
 * the kill does not take its log and its retries with it. It changes that sandbox's delivery policy, which every
 * subscription shares, so SnsDeliveryIT, which changes it too, waits for it.
 */
@OnServersOfItsOwn
@ResourceLock(SharedResources.SANDBOX_SNS_DELIVERY_POLICY)
class SnsCrashUnderLoadCrashIT {

    private static final int NOTIFICATIONS = 200;
    private static final int PUBLISHED_PER_SECOND = 50;
    private static final String VICTIM = "crash-victim";
    private static final String VICTIM_URL = "http://localhost:9184";
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(5);

    private final LibertyServers servers = new LibertyServers();
    private SnsLoadRig rig;

    @BeforeEach
    void startTheVictim() {
        rig = new SnsLoadRig(VICTIM_URL);
        rig.startTheVictim(
                servers, VICTIM, Map.of("default.http.port", "9184", "default.https.port", "9547"), RECOVERY_TIMEOUT);
    }

    @AfterEach
    void stopTheVictim() {
        rig.unsubscribe();
        servers.stop(VICTIM);
    }

    @Test
    void everyNotificationAnswered200OrRedeliveredIsStoredExactlyOnce() throws Exception {
        rig.subscribeTheVictim();

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
}
