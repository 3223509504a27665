package jp.kakehashi.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.LocalPostgres;
import org.junit.jupiter.api.Assertions;

/**
 * What the scale-out crash tests share: a PostgreSQL database (and the cluster's) made for the run, application
 * servers of the scaleout-sandbox profile, signed DRS notifications from a sandbox, and the check that each accepted
 * notification is stored exactly once.
 */
final class ScaleOutRig {

    /** The PostgreSQL the topology tests use; -Dkakehashi.test.postgres.port picks another (one that allows XA). */
    static final int POSTGRES_PORT = Integer.getInteger("kakehashi.test.postgres.port", 5432);

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/";
    private static final String DRS_TOPIC = "arn:aws:sns:us-east-1:123456789012:kakehashi-drs";

    private final String database;
    private final Http http = new Http();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    ScaleOutRig(String database) {
        this.database = database;
    }

    /**
     * Fails (never skips) unless PostgreSQL answers and allows the prepared transactions of XA, so that a suite without
     * them does not pass for the whole suite (.ci/run provides both); then makes the test's databases.
     */
    void createDatabases() throws SQLException {
        Assertions.assertTrue(
                LocalPostgres.answers(),
                "PostgreSQL does not answer at 127.0.0.1:" + POSTGRES_PORT + " (.ci/run starts one)");
        Assertions.assertTrue(LocalPostgres.preparedTransactionsAllowed(), LocalPostgres.PREPARED_TRANSACTIONS_NEEDED);
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            statement.execute("CREATE DATABASE " + database + "_cluster");
        }
    }

    void dropDatabases() throws SQLException {
        if (!LocalPostgres.answers()) {
            return;
        }
        rollBackPreparedTransactions();
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("DROP DATABASE IF EXISTS " + database + "_cluster WITH (FORCE)");
        }
    }

    /** A failed run may leave prepared transactions behind, which keep a database from being dropped. */
    private void rollBackPreparedTransactions() throws SQLException {
        List<String> prepared = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                PreparedStatement query =
                        connection.prepareStatement("SELECT gid FROM pg_prepared_xacts WHERE database = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    prepared.add(rows.getString(1));
                }
            }
        }
        if (!prepared.isEmpty()) {
            try (Connection connection = DriverManager.getConnection(POSTGRES + database, "postgres", "");
                    Statement statement = connection.createStatement()) {
                for (String gid : prepared) {
                    statement.execute("ROLLBACK PREPARED '" + gid.replace("'", "''") + "'");
                }
            }
        }
    }

    /** The bootstrap variables of an application server of the scaleout-sandbox profile on this run's databases. */
    Map<String, String> appVariables(
            String server, int httpPort, int httpsPort, Path ltpaKeys, Path keystore, String keystorePassword) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("kakehashi.recovery.identity", server);
        variables.put("kakehashi.profile", "scaleout-sandbox");
        variables.put("default.http.port", Integer.toString(httpPort));
        variables.put("default.https.port", Integer.toString(httpsPort));
        // Each server's sandbox receives that server's mails
        variables.put("sandbox.smtp.port", Integer.toString(httpPort + 1000));
        variables.put("kakehashi.db.host", "127.0.0.1");
        variables.put("kakehashi.db.port", Integer.toString(POSTGRES_PORT));
        variables.put("kakehashi.db.name", database);
        variables.put("kakehashi.cluster.db.name", database + "_cluster");
        variables.put("kakehashi.db.user", "postgres");
        variables.put("kakehashi.db.password", "trust-auth-ignores-it");
        variables.put("kakehashi.keystore.file", keystore.toString());
        variables.put("kakehashi.keystore.password", keystorePassword);
        variables.put("kakehashi.ltpa.keys-file", ltpaKeys.toString());
        variables.put(
                "kakehashi.sandbox.war",
                Path.of(System.getProperty("kakehashi.config.dir"))
                        .resolve("../amazon-sandbox/target/amazon-sandbox.war")
                        .normalize()
                        .toString());
        return variables;
    }

    /**
     * Starts two application servers that share one LTPA keys file, and waits until both are ready: the second starts
     * once the first has written the keys (a few seconds into its start), so that their starts overlap and both sign
     * sessions with the same keys.
     */
    void startSharingLtpaKeys(
            LibertyServers servers, Path ltpaKeys, String first, String firstUrl, String second, String secondUrl) {
        CompletableFuture<Void> firstStart = CompletableFuture.runAsync(() -> servers.start(first));
        Await.present(
                () -> Files.exists(ltpaKeys) || firstStart.isDone() ? Optional.of(true) : Optional.empty(),
                Duration.ofMinutes(3));
        servers.start(second);
        firstStart.join();
        awaitReady(firstUrl);
        awaitReady(secondUrl);
    }

    void awaitReady(String baseUrl) {
        Await.present(
                () -> get(baseUrl + "/health/ready").filter(answer -> answer.statusCode() == 200),
                Duration.ofMinutes(3),
                Duration.ofSeconds(1));
    }

    /** Signed by that server's sandbox, collected at a sink of its own: nothing reaches Kakehashi but the test's posts. */
    List<String> signedNotifications(String baseUrl, int count) {
        String control = baseUrl + "/amazon-sandbox/api/sandbox/sns";
        for (JsonObject subscription : Json.createReader(
                        new StringReader(http.send(HttpRequest.newBuilder(URI.create(control + "/subscriptions"))
                                        .GET()
                                        .build())
                                .body()))
                .readArray()
                .getValuesAs(JsonObject.class)) {
            http.send(HttpRequest.newBuilder(URI.create(control + "/subscriptions/"
                            + URLEncoder.encode(subscription.getString("subscriptionArn"), StandardCharsets.UTF_8)))
                    .DELETE()
                    .build());
        }
        String sink = "scaleout-" + UUID.randomUUID();
        send(
                control + "/subscriptions",
                Json.createObjectBuilder()
                        .add("topicArn", DRS_TOPIC)
                        .add("endpoint", control + "/sink/" + sink)
                        .build()
                        .toString());
        String confirmation =
                awaitSink(control, sink, "SubscriptionConfirmation", 1).get(0);
        http.send(HttpRequest.newBuilder(URI.create(json(confirmation).getString("SubscribeURL")))
                .GET()
                .build());

        for (int i = 0; i < count; i++) {
            String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
            send(
                    control + "/drs/scan-box",
                    Json.createObjectBuilder()
                            .add("serialNumber", serial)
                            .add("modelId", "KAKEHASHI_COFFEE_01")
                            .add("directedCustomerId", "amzn1.account.SCALEOUT")
                            .add("lwaClientId", "amzn1.application-oa2-client.scaleout")
                            .build()
                            .toString());
        }
        return awaitSink(control, sink, "Notification", count);
    }

    private List<String> awaitSink(String control, String sink, String type, int count) {
        return Await.until(
                () -> Json.createReader(
                                new StringReader(http.send(HttpRequest.newBuilder(URI.create(control + "/sink/" + sink))
                                                .GET()
                                                .build())
                                        .body()))
                        .readArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(request -> request.getString("body"))
                        .filter(body -> json(body).getString("Type").equals(type))
                        .toList(),
                bodies -> bodies.size() >= count,
                Duration.ofSeconds(60),
                Duration.ofMillis(300),
                bodies -> "the sink got " + bodies.size() + " of " + count + " " + type);
    }

    Optional<HttpResponse<String>> get(String url) {
        return Http.answer(
                client,
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5))
                        .build());
    }

    /** POSTs a signed notification as SNS does; empty when no answer came. */
    Optional<HttpResponse<String>> sns(String baseUrl, String body) {
        return Http.answer(
                client,
                HttpRequest.newBuilder(URI.create(baseUrl + "/sns/notifications"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "text/plain; charset=UTF-8")
                        .header("x-amz-sns-message-type", "Notification")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /** Whether the notification was accepted: answered 200. */
    boolean post(String baseUrl, String body) {
        return sns(baseUrl, body).filter(answer -> answer.statusCode() == 200).isPresent();
    }

    void awaitProcessedOnce(Map<String, String> accepted, Duration timeout) {
        Await.until(
                () -> storedCounts(accepted),
                counts ->
                        counts.values().stream().allMatch(count -> count == 1) && counts.size() == 2 * accepted.size(),
                timeout,
                Duration.ofMillis(500),
                counts -> {
                    Map<String, Long> notOnce = new LinkedHashMap<>();
                    counts.forEach((key, count) -> {
                        if (count != 1) {
                            notOnce.put(key, count);
                        }
                    });
                    return notOnce.size() + " of " + accepted.size()
                            + " accepted notifications not stored exactly once: " + notOnce;
                });
    }

    /** How many of these SNS MessageIds have their sns_notification row. */
    long storedNotifications(Collection<String> messageIds) {
        try (Connection connection = DriverManager.getConnection(POSTGRES + database, "postgres", "");
                PreparedStatement notifications =
                        connection.prepareStatement("SELECT COUNT(*) FROM sns_notification WHERE message_id = ?")) {
            long stored = 0;
            for (String messageId : messageIds) {
                stored += count(notifications, messageId);
            }
            return stored;
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** For each accepted MessageId, its sns_notification rows and its device rows. */
    private Map<String, Long> storedCounts(Map<String, String> accepted) {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(POSTGRES + database, "postgres", "");
                PreparedStatement notifications =
                        connection.prepareStatement("SELECT COUNT(*) FROM sns_notification WHERE message_id = ?");
                PreparedStatement devices =
                        connection.prepareStatement("SELECT COUNT(*) FROM device WHERE serial_number = ?")) {
            for (Map.Entry<String, String> entry : accepted.entrySet()) {
                counts.put("message " + entry.getKey(), count(notifications, entry.getKey()));
                counts.put("device " + entry.getValue(), count(devices, entry.getValue()));
            }
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL: " + e.getMessage(), e);
        }
        return counts;
    }

    private static long count(PreparedStatement query, String value) throws SQLException {
        query.setString(1, value);
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void send(String url, String json) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
        assertEquals(2, response.statusCode() / 100, url + ": " + response.body());
    }

    static String serialOf(JsonObject snsMessage) {
        return json(snsMessage.getString("Message"))
                .getJsonObject("deviceInfo")
                .getJsonObject("deviceIdentifier")
                .getString("serialNumber");
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
