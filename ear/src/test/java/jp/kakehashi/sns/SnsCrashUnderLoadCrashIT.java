package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.LocalPostgres;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import jp.kakehashi.testsupport.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The DRS pre-registration guide's promise that nothing answered 200 is lost, on a second Kakehashi server (the victim)
 * on PostgreSQL, production's database, which it reaches through a relay the test can cut; the build server's sandbox
 * SNS delivers to it. The victim is killed with SIGKILL twice and started again each time: once in the middle of a
 * stream of DeviceRegistered notifications (every notification answered 200 before the kill is stored exactly once;
 * those the kill cut off are redelivered until answered, and stored exactly once too; nothing is left on the queue or
 * its dead-letter queue), and once while a notification answered 200 waits on the queue of a paused consumer (it is
 * stored once after the restart). Issue 29: a database outage of a few seconds under load sends nothing to the
 * dead-letter queue: the consumers' transactions fail, and Liberty's engine, which redelivers at once, would use up each
 * notification's deliveries within milliseconds; instead the consumers wait for the database and every notification is
 * stored exactly once. Only the relay is cut: the machine's PostgreSQL, which other tests share, keeps running. The
 * sandbox lives in the other server so that the kill does not take its log and its retries with it; the victim's
 * subscription has a delivery policy of its own, so the tests that change the sandbox-wide one do not wait for this
 * class. One victim serves the three tests: each leaves it ready, and a start costs more than a test's work.
 */
@OnServersOfItsOwn
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnsCrashUnderLoadCrashIT {

    private static final int NOTIFICATIONS = 200;
    private static final int PUBLISHED_PER_SECOND = 50;
    private static final String VICTIM = "crash-victim";
    private static final int HTTP_PORT = 9184;
    private static final String VICTIM_URL = "http://localhost:" + HTTP_PORT;
    private static final String CONSUMER = "kakehashi#kakehashi-ejb.jar#SnsNotificationConsumer";
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(5);
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    /** The consumers' line when a failure meets a database that does not answer (SnsNotificationConsumer). */
    private static final String WAITING_FOR_THE_DATABASE = "The database does not answer: SNS notification";

    private final LibertyServers servers = new LibertyServers();
    private final String database =
            "sns_crash_" + (10_000 + ThreadLocalRandom.current().nextInt(89_999));
    private SnsLoadRig rig;
    private TcpProxy relay;

    @BeforeAll
    void startTheVictimOnPostgresql() throws SQLException {
        assertTrue(LocalPostgres.preparedTransactionsAllowed(), LocalPostgres.PREPARED_TRANSACTIONS_NEEDED);
        rig = new SnsLoadRig(VICTIM_URL);
        execute("CREATE DATABASE " + database);
        relay = new TcpProxy("127.0.0.1", 5432);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("kakehashi.profile", "single-postgresql-sandbox");
        variables.put("default.http.port", Integer.toString(HTTP_PORT));
        variables.put("default.https.port", "9547");
        variables.put("sandbox.smtp.port", "3184");
        variables.put("kakehashi.db.host", "127.0.0.1");
        variables.put("kakehashi.db.port", Integer.toString(relay.port()));
        variables.put("kakehashi.db.name", database);
        variables.put("kakehashi.db.user", "postgres");
        variables.put("kakehashi.db.password", "trust-auth-ignores-it");
        rig.startTheVictim(servers, VICTIM, variables, RECOVERY_TIMEOUT);
        rig.subscribeTheVictim();
    }

    @BeforeEach
    void theVictimIsUp() {
        rig.awaitVictimReady(RECOVERY_TIMEOUT);
    }

    @AfterAll
    void stopTheVictim() throws SQLException {
        try {
            if (rig != null) {
                rig.unsubscribe();
            }
            if (relay != null) {
                relay.restore();
            }
            servers.stop(VICTIM);
        } finally {
            if (relay != null) {
                relay.close();
            }
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void everyNotificationAnswered200OrRedeliveredIsStoredExactlyOnce() throws Exception {
        Map<String, String> serialByMessageId = new ConcurrentHashMap<>();
        CompletableFuture<Void> publishing =
                CompletableFuture.runAsync(() -> rig.publish(NOTIFICATIONS, PUBLISHED_PER_SECOND, serialByMessageId));

        Await.present(() -> answeredOf(serialByMessageId) >= NOTIFICATIONS / 4 ? Optional.of(true) : Optional.empty());
        servers.kill(VICTIM);
        // Logged after each answer arrived, so every 200 in the log now was answered before the kill
        Set<String> answeredBeforeTheKill = new HashSet<>(rig.answered200());
        answeredBeforeTheKill.retainAll(serialByMessageId.keySet());
        publishing.get(60, TimeUnit.SECONDS);
        assertTrue(answeredBeforeTheKill.size() < NOTIFICATIONS, "the kill came in the middle of the stream");

        servers.start(VICTIM);
        rig.awaitVictimReady(RECOVERY_TIMEOUT);
        rig.awaitEveryDelivered(serialByMessageId.keySet());
        long redelivered = rig.deliveries().stream()
                .filter(entry -> entry.getString("outcome").equals("RETRY"))
                .filter(entry -> serialByMessageId.containsKey(entry.getString("messageId")))
                .map(entry -> entry.getString("messageId"))
                .distinct()
                .count();
        assertTrue(redelivered > 0, "the kill cut some deliveries off, and the sandbox redelivered them");

        Map<String, Long> stored = rig.awaitEachStoredOnce(serialByMessageId.values(), RECOVERY_TIMEOUT);
        for (String messageId : answeredBeforeTheKill) {
            assertEquals(
                    1L, stored.get(serialByMessageId.get(messageId)), "answered 200 before the kill: " + messageId);
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

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void aShortDatabaseOutageUnderLoadDeadLettersNothingAndLosesNothing() throws Exception {
        Map<String, String> serialByMessageId = new ConcurrentHashMap<>();
        CompletableFuture<Void> publishing =
                CompletableFuture.runAsync(() -> rig.publish(NOTIFICATIONS, PUBLISHED_PER_SECOND, serialByMessageId));
        long dead = rig.queueDepth("SnsInboundQueue.DLQ");

        Await.present(() -> answeredOf(serialByMessageId) >= NOTIFICATIONS / 4 ? Optional.of(true) : Optional.empty());
        int outagesBefore = occurrences(victimLog(), WAITING_FOR_THE_DATABASE);
        relay.cut();
        // The outage lasts until the victim has felt it: readiness down and a consumer waiting for the database
        Await.present(() -> readinessStatus() == 503 ? Optional.of(true) : Optional.empty(), Duration.ofSeconds(20));
        Await.present(
                () -> occurrences(victimLog(), WAITING_FOR_THE_DATABASE) > outagesBefore
                        ? Optional.of(true)
                        : Optional.empty(),
                Duration.ofSeconds(20));
        relay.restore();
        publishing.get(60, TimeUnit.SECONDS);

        rig.awaitVictimReady(RECOVERY_TIMEOUT);
        rig.awaitEveryDelivered(serialByMessageId.keySet());
        rig.awaitEachStoredOnce(serialByMessageId.values(), RECOVERY_TIMEOUT);
        assertEquals(dead, rig.queueDepth("SnsInboundQueue.DLQ"), "nothing dead-lettered by the outage");
    }

    /** How many of this stream's notifications the victim has answered 200 so far. */
    private long answeredOf(Map<String, String> serialByMessageId) {
        Set<String> answered = rig.answered200();
        return serialByMessageId.keySet().stream().filter(answered::contains).count();
    }

    private int readinessStatus() {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(VICTIM_URL + "/health/ready"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String victimLog() {
        try {
            return Files.readString(servers.serverDir(VICTIM).resolve("logs/messages.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int occurrences(String text, String line) {
        int count = 0;
        for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
            count++;
        }
        return count;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
