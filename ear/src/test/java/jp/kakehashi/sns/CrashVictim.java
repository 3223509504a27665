package jp.kakehashi.sns;

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
import java.util.concurrent.ThreadLocalRandom;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.LocalPostgres;
import jp.kakehashi.testsupport.TcpProxy;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A second Kakehashi server (the victim) on PostgreSQL, production's database, in a database of its own that it
 * reaches through a relay the test can cut; the build server's sandbox SNS delivers to it, so that a kill does not take
 * the sandbox's log and its retries with it. Its subscription has a delivery policy of its own, so the tests that
 * change the sandbox-wide one do not wait for the crash tests. Only the relay is ever cut: the machine's PostgreSQL,
 * which other tests share, keeps running. Registered as a test class's extension
 * ({@code @RegisterExtension static final CrashVictim VICTIM = new CrashVictim()}), it starts before the class's first
 * test and serves them all, each on serials of its own (a start costs half a minute beside the other ITs); after each
 * test the relay is restored, and after the last the victim is stopped and its database dropped.
 */
final class CrashVictim implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    /** A stream of DeviceRegistered notifications, as a busy day's would come. */
    static final int NOTIFICATIONS = 200;

    private static final int PUBLISHED_PER_SECOND = 50;

    static final String URL = "http://localhost:9184";
    /** The SNS consumer's message endpoint, application#module#bean. */
    static final String CONSUMER = "kakehashi#kakehashi-ejb.jar#SnsNotificationConsumer";

    static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(5);
    private static final String NAME = "crash-victim";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    private final LibertyServers servers = new LibertyServers();
    private final String database =
            "sns_crash_" + (10_000 + ThreadLocalRandom.current().nextInt(89_999));
    private final SnsLoadRig rig = new SnsLoadRig(URL);
    /** HTTP/1.1: a client's HTTP/2 upgrade attempt stalls against Liberty (Http), and an open connection delays a stop. */
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private TcpProxy relay;

    /** Starts the victim with the single-postgresql-sandbox profile, subscribed to this run's topic. */
    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        assertTrue(LocalPostgres.preparedTransactionsAllowed(), LocalPostgres.PREPARED_TRANSACTIONS_NEEDED);
        execute("CREATE DATABASE " + database);
        relay = new TcpProxy("127.0.0.1", 5432);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("kakehashi.profile", "single-postgresql-sandbox");
        variables.put("default.http.port", "9184");
        variables.put("default.https.port", "9547");
        variables.put("sandbox.smtp.port", "3184");
        variables.put("kakehashi.db.host", "127.0.0.1");
        variables.put("kakehashi.db.port", Integer.toString(relay.port()));
        variables.put("kakehashi.db.name", database);
        variables.put("kakehashi.db.user", "postgres");
        variables.put("kakehashi.db.password", "trust-auth-ignores-it");
        rig.startTheVictim(servers, NAME, variables, RECOVERY_TIMEOUT);
        rig.subscribeTheVictim();
    }

    SnsLoadRig rig() {
        return rig;
    }

    TcpProxy relay() {
        return relay;
    }

    /**
     * Publishes {@link #NOTIFICATIONS} notifications at the sandbox's SNS in the background, each message id with its
     * serial into the map, and returns once a quarter of them have been answered 200: the stream is under way.
     */
    CompletableFuture<Void> publishAStreamAndAwaitAQuarterAnswered(Map<String, String> serialByMessageId) {
        CompletableFuture<Void> publishing =
                CompletableFuture.runAsync(() -> rig.publish(NOTIFICATIONS, PUBLISHED_PER_SECOND, serialByMessageId));
        Await.present(
                () -> rig.answeredOf(serialByMessageId) >= NOTIFICATIONS / 4 ? Optional.of(true) : Optional.empty());
        return publishing;
    }

    /** SIGKILL, as a crashed machine would. */
    void kill() throws Exception {
        servers.kill(NAME);
    }

    /** Starts the killed victim again, on the data it left, and waits until it is ready. */
    void restart() {
        servers.start(NAME);
        rig.awaitVictimReady(RECOVERY_TIMEOUT);
    }

    void pauseTheConsumer() {
        servers.pause(NAME, CONSUMER);
    }

    String log() {
        try {
            return Files.readString(servers.serverDir(NAME).resolve("logs/messages.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The victim's readiness status, or -1 when it does not answer. */
    int readinessStatus() {
        try {
            return client.send(
                            HttpRequest.newBuilder(URI.create(URL + "/health/ready"))
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

    /** The next test finds the database reachable, whatever this one left. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (relay != null) {
            relay.restore();
        }
    }

    /** Stops the victim and drops its database, whatever fails on the way. */
    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        try {
            rig.unsubscribe();
        } finally {
            try {
                if (relay != null) {
                    relay.restore();
                }
                servers.stop(NAME);
            } finally {
                if (relay != null) {
                    relay.close();
                }
                execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
