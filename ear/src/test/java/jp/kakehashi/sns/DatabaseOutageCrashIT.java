package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.LocalPostgres;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import jp.kakehashi.testsupport.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 29: a database outage of a few seconds under load sends nothing to the dead-letter queue. A Kakehashi server on
 * PostgreSQL (the production database) reaches it through a relay the test cuts while notifications stream in: the
 * consumers' transactions fail, and Liberty's engine, which redelivers at once, would use up each notification's
 * deliveries within milliseconds; instead the consumers wait for the database and every notification is stored exactly
 * once. Only the relay is cut: the machine's PostgreSQL, which other tests share, keeps running.
 */
@OnServersOfItsOwn
class DatabaseOutageCrashIT {

    private static final int NOTIFICATIONS = 200;
    private static final int PUBLISHED_PER_SECOND = 50;
    private static final String VICTIM = "outage-victim";
    private static final int HTTP_PORT = 9186;
    private static final String VICTIM_URL = "http://localhost:" + HTTP_PORT;
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(5);
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    /** The consumers' line when a failure meets a database that does not answer (SnsNotificationConsumer). */
    private static final String WAITING_FOR_THE_DATABASE = "The database does not answer: SNS notification";

    private final LibertyServers servers = new LibertyServers();
    private final String database =
            "outage_" + (10_000 + ThreadLocalRandom.current().nextInt(89_999));
    private SnsLoadRig rig;
    private TcpProxy relay;

    @BeforeEach
    void startTheVictimOnPostgresql() throws SQLException {
        assertTrue(LocalPostgres.preparedTransactionsAllowed(), LocalPostgres.PREPARED_TRANSACTIONS_NEEDED);
        rig = new SnsLoadRig(VICTIM_URL);
        execute("CREATE DATABASE " + database);
        relay = new TcpProxy("127.0.0.1", 5432);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("kakehashi.profile", "single-postgresql-sandbox");
        variables.put("default.http.port", Integer.toString(HTTP_PORT));
        variables.put("default.https.port", "9549");
        variables.put("sandbox.smtp.port", "3186");
        variables.put("kakehashi.db.host", "127.0.0.1");
        variables.put("kakehashi.db.port", Integer.toString(relay.port()));
        variables.put("kakehashi.db.name", database);
        variables.put("kakehashi.db.user", "postgres");
        variables.put("kakehashi.db.password", "trust-auth-ignores-it");
        rig.startTheVictim(servers, VICTIM, variables, RECOVERY_TIMEOUT);
    }

    @AfterEach
    void stopTheVictim() throws SQLException {
        if (rig != null) {
            rig.unsubscribe();
        }
        if (relay != null) {
            relay.restore();
            servers.stop(VICTIM);
            relay.close();
        }
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void aShortDatabaseOutageUnderLoadDeadLettersNothingAndLosesNothing() throws Exception {
        rig.subscribeTheVictim();
        Map<String, String> serialByMessageId = new ConcurrentHashMap<>();
        CompletableFuture<Void> publishing =
                CompletableFuture.runAsync(() -> rig.publish(NOTIFICATIONS, PUBLISHED_PER_SECOND, serialByMessageId));

        Await.present(() -> rig.answered200().size() >= NOTIFICATIONS / 4 ? Optional.of(true) : Optional.empty());
        relay.cut();
        // The outage lasts until the victim has felt it: readiness down and a consumer waiting for the database
        Await.present(() -> readinessStatus() == 503 ? Optional.of(true) : Optional.empty(), Duration.ofSeconds(20));
        Await.present(
                () -> victimLog().contains(WAITING_FOR_THE_DATABASE) ? Optional.of(true) : Optional.empty(),
                Duration.ofSeconds(20));
        relay.restore();
        publishing.get(60, TimeUnit.SECONDS);

        rig.awaitVictimReady(RECOVERY_TIMEOUT);
        rig.awaitEveryDelivered(serialByMessageId.keySet());
        Map<String, Long> stored = Await.present(
                () -> {
                    Map<String, Long> devices = rig.storedDevices(NOTIFICATIONS);
                    return devices.size() == NOTIFICATIONS && rig.queueDepth("SnsInboundQueue") == 0
                            ? Optional.of(devices)
                            : Optional.empty();
                },
                RECOVERY_TIMEOUT);
        for (String serial : serialByMessageId.values()) {
            assertEquals(1L, stored.get(serial), "stored exactly once: " + serial);
        }
        assertEquals(0, rig.queueDepth("SnsInboundQueue.DLQ"), "nothing dead-lettered by the outage");
        assertTrue(victimLog().contains(WAITING_FOR_THE_DATABASE), "the consumers met the outage");
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

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
