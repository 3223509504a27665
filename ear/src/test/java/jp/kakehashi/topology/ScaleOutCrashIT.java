package jp.kakehashi.topology;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production topology on this machine: a Liberty messaging server and two application servers sharing
 * PostgreSQL (a database made for the run) and their HTTP sessions (profile scaleout-sandbox). Signed SNS
 * notifications are spread over both servers; one is killed with SIGKILL in the middle; every notification that was
 * answered 200 is processed exactly once (the survivor's consumer drains the shared queue), and a shopper who signed
 * in on the killed server is still signed in on the other.
 */
class ScaleOutCrashIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DRS_TOPIC = "arn:aws:sns:us-east-1:123456789012:kakehashi-drs";
    private static final int NOTIFICATIONS = 40;
    private static final String MESSAGING = "scaleout-messaging";
    private static final String APP1 = "scaleout-app1";
    private static final String APP2 = "scaleout-app2";
    private static final String APP1_URL = "http://localhost:9181";
    private static final String APP2_URL = "http://localhost:9182";
    private static final String INTRUDER = "scaleout-intruder";
    private static final String INTRUDER_URL = "http://localhost:9183";
    private static final String KEYSTORE_PASSWORD = "scaleout-tls-" + UUID.randomUUID();

    private final LibertyServers servers = new LibertyServers();
    private final Http http = new Http();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String database = "kakehashi_scaleout_" + System.currentTimeMillis();
    /** The application servers' secret at the messaging server, made for the run. */
    private final String messagingPassword = UUID.randomUUID().toString();
    private Path keystore;
    private WebDriver browser;

    @BeforeEach
    void startTheTopology() throws SQLException {
        Assumptions.assumeTrue(postgresAnswers(), "PostgreSQL at 127.0.0.1:5432");
        Assumptions.assumeTrue(preparedTransactionsAllowed(),
                "PostgreSQL must allow prepared transactions for XA: ALTER SYSTEM SET max_prepared_transactions = 64, then restart it (.ci/run does)");
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            statement.execute("CREATE DATABASE " + database + "_cluster");
        }
        Path ltpaKeys = servers.serverDir(MESSAGING).getParent().resolve(APP1 + "-shared-ltpa.keys");
        // One certificate for the run: the messaging server's TLS key, and what every application server trusts
        keystore = servers.serverDir(MESSAGING).getParent().resolve("scaleout-tls.p12");
        generateKeystore(keystore);
        servers.createMessagingServer(MESSAGING, Map.of("kakehashi.messaging.port", "7286", "kakehashi.messaging.host", "localhost",
                "kakehashi.messaging.password", messagingPassword, "kakehashi.messaging.keystore.file", keystore.toString(),
                "kakehashi.messaging.keystore.password", KEYSTORE_PASSWORD));
        servers.createApplicationServer(APP1, appVariables(APP1, 9181, 9544, ltpaKeys));
        servers.createApplicationServer(APP2, appVariables(APP2, 9182, 9545, ltpaKeys));
        servers.start(MESSAGING);
        servers.start(APP1);
        awaitReady(APP1_URL);
        servers.start(APP2);
        awaitReady(APP2_URL);
    }

    @AfterEach
    void stopTheTopology() throws SQLException {
        if (browser != null) {
            browser.quit();
        }
        servers.stop(INTRUDER);
        servers.stop(APP2);
        servers.stop(APP1);
        servers.stop(MESSAGING);
        if (postgresAnswers()) {
            rollBackPreparedTransactions(database);
            try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                statement.execute("DROP DATABASE IF EXISTS " + database + "_cluster WITH (FORCE)");
            }
        }
    }

    /** A failed run may leave prepared transactions behind, which keep a database from being dropped. */
    private static void rollBackPreparedTransactions(String database) throws SQLException {
        List<String> prepared = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
             PreparedStatement query = connection.prepareStatement("SELECT gid FROM pg_prepared_xacts WHERE database = ?")) {
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

    @Test
    void killingOneServerLosesNoAcceptedNotificationAndNoSignedInShopper() throws Exception {
        browser = Browser.open("ja");
        ShopPages.registerMember(browser, APP1_URL, "分散 花子", "scaleout-" + UUID.randomUUID() + "@example.jp", "a password for two servers");

        List<String> signed = signedNotifications();
        anApplicationServerWithoutTheMessagingPasswordCannotQueueANotification(signed.get(0));
        Map<String, String> accepted = new ConcurrentHashMap<>();
        for (int i = 0; i < signed.size(); i++) {
            if (i == signed.size() / 2) {
                servers.kill(APP1);
            }
            String target = i % 2 == 0 ? APP1_URL : APP2_URL;
            if (post(target, signed.get(i))) {
                JsonObject message = json(signed.get(i));
                accepted.put(message.getString("MessageId"), serialOf(message));
            }
        }

        assertTrue(accepted.size() >= signed.size() / 2, "both servers accepted notifications: " + accepted.size());
        awaitProcessedOnce(accepted);

        browser.get(APP2_URL + "/member/index.xhtml");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("member-welcome")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not signed in on the other server: " + browser.getCurrentUrl() + " with cookies "
                    + browser.manage().getCookies().stream().map(org.openqa.selenium.Cookie::getName).toList() + ":\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Signed by the survivor's sandbox, collected at a sink of its own: nothing reaches Kakehashi but our posts. */
    private List<String> signedNotifications() {
        String control = APP2_URL + "/amazon-sandbox/api/sandbox/sns";
        for (JsonObject subscription : Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(URI.create(control + "/subscriptions")).GET().build()).body()))
                .readArray().getValuesAs(JsonObject.class)) {
            http.send(HttpRequest.newBuilder(URI.create(control + "/subscriptions/"
                    + java.net.URLEncoder.encode(subscription.getString("subscriptionArn"), java.nio.charset.StandardCharsets.UTF_8))).DELETE().build());
        }
        String sink = "scaleout-" + UUID.randomUUID();
        send(control + "/subscriptions", Json.createObjectBuilder().add("topicArn", DRS_TOPIC)
                .add("endpoint", control + "/sink/" + sink).build().toString());
        String confirmation = awaitSink(control, sink, "SubscriptionConfirmation", 1).get(0);
        http.send(HttpRequest.newBuilder(URI.create(json(confirmation).getString("SubscribeURL"))).GET().build());

        for (int i = 0; i < NOTIFICATIONS; i++) {
            String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
            send(control + "/drs/scan-box", Json.createObjectBuilder().add("serialNumber", serial).add("modelId", "KAKEHASHI_COFFEE_01")
                    .add("directedCustomerId", "amzn1.account.SCALEOUT").add("lwaClientId", "amzn1.application-oa2-client.scaleout")
                    .build().toString());
        }
        return awaitSink(control, sink, "Notification", NOTIFICATIONS);
    }

    private List<String> awaitSink(String control, String sink, String type, int count) {
        return Await.until(() -> Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(URI.create(control + "/sink/" + sink))
                                .GET().build()).body())).readArray().getValuesAs(JsonObject.class).stream().map(request -> request.getString("body"))
                        .filter(body -> json(body).getString("Type").equals(type)).toList(),
                bodies -> bodies.size() >= count, Duration.ofSeconds(60), Duration.ofMillis(300),
                bodies -> "the sink got " + bodies.size() + " of " + count + " " + type);
    }

    /**
     * The messaging server takes TLS connections from its own users only: a server of the topology that signs in with
     * a wrong password answers SNS with 503 (the queue is unavailable to it) and is not ready.
     */
    private void anApplicationServerWithoutTheMessagingPasswordCannotQueueANotification(String signedNotification) {
        Map<String, String> variables = appVariables(INTRUDER, 9183, 9546, servers.serverDir(MESSAGING).getParent()
                .resolve(INTRUDER + "-ltpa.keys"));
        variables.put("kakehashi.messaging.password", "not-the-password");
        variables.put("kakehashi.recovery.identity", INTRUDER);
        servers.createApplicationServer(INTRUDER, variables);
        servers.start(INTRUDER);
        try {
            HttpResponse<String> ready = Await.present(() -> get(INTRUDER_URL + "/health/ready").filter(answer -> answer.statusCode() == 503),
                    Duration.ofMinutes(3));
            assertTrue(ready.body().contains("DOWN"), ready.body());
            HttpResponse<String> refused = Await.present(() -> sns(INTRUDER_URL, signedNotification).filter(answer -> answer.statusCode() == 503),
                    Duration.ofSeconds(30));
            assertTrue(refused.body().contains("unavailable"), refused.body());
        } finally {
            servers.stop(INTRUDER);
        }
    }

    private Optional<HttpResponse<String>> get(String url) {
        try {
            return Optional.of(client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Optional<HttpResponse<String>> sns(String baseUrl, String body) {
        try {
            return Optional.of(client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/sns/notifications"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "text/plain; charset=UTF-8")
                    .header("x-amz-sns-message-type", "Notification")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void generateKeystore(Path file) {
        jp.kakehashi.testsupport.Certificates.selfSigned(file, KEYSTORE_PASSWORD);
    }

    private boolean post(String baseUrl, String body) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/sns/notifications"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "text/plain; charset=UTF-8")
                    .header("x-amz-sns-message-type", "Notification")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void awaitProcessedOnce(Map<String, String> accepted) {
        Await.until(() -> storedCounts(accepted),
                counts -> counts.values().stream().allMatch(count -> count == 1) && counts.size() == 2 * accepted.size(),
                Duration.ofSeconds(90), Duration.ofMillis(500), counts -> {
                    Map<String, Long> notOnce = new LinkedHashMap<>();
                    counts.forEach((key, count) -> {
                        if (count != 1) {
                            notOnce.put(key, count);
                        }
                    });
                    return notOnce.size() + " of " + accepted.size() + " accepted notifications not stored exactly once: " + notOnce;
                });
    }

    /** For each accepted MessageId, its sns_notification rows and its device rows. */
    private Map<String, Long> storedCounts(Map<String, String> accepted) {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(POSTGRES + database, "postgres", "");
             PreparedStatement notifications = connection.prepareStatement("SELECT COUNT(*) FROM sns_notification WHERE message_id = ?");
             PreparedStatement devices = connection.prepareStatement("SELECT COUNT(*) FROM device WHERE serial_number = ?")) {
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

    private Map<String, String> appVariables(String server, int httpPort, int httpsPort, Path ltpaKeys) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("kakehashi.recovery.identity", server);
        variables.put("kakehashi.profile", "scaleout-sandbox");
        variables.put("default.http.port", Integer.toString(httpPort));
        variables.put("default.https.port", Integer.toString(httpsPort));
        // Each server's sandbox receives that server's mails
        variables.put("sandbox.smtp.port", Integer.toString(httpPort + 1000));
        variables.put("kakehashi.db.host", "127.0.0.1");
        variables.put("kakehashi.db.name", database);
        variables.put("kakehashi.cluster.db.name", database + "_cluster");
        variables.put("kakehashi.db.user", "postgres");
        variables.put("kakehashi.db.password", "trust-auth-ignores-it");
        variables.put("kakehashi.messaging.port", "7286");
        variables.put("kakehashi.messaging.password", messagingPassword);
        variables.put("kakehashi.keystore.file", keystore.toString());
        variables.put("kakehashi.keystore.password", KEYSTORE_PASSWORD);
        variables.put("kakehashi.ltpa.keys-file", ltpaKeys.toString());
        variables.put("kakehashi.sandbox.war", Path.of(System.getProperty("kakehashi.config.dir"))
                .resolve("../amazon-sandbox/target/amazon-sandbox.war").normalize().toString());
        return variables;
    }

    private void awaitReady(String baseUrl) {
        Await.present(() -> get(baseUrl + "/health/ready").filter(answer -> answer.statusCode() == 200), Duration.ofMinutes(3),
                Duration.ofSeconds(1));
    }

    private void send(String url, String json) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(2, response.statusCode() / 100, url + ": " + response.body());
    }

    private static String serialOf(JsonObject snsMessage) {
        return json(snsMessage.getString("Message")).getJsonObject("deviceInfo").getJsonObject("deviceIdentifier").getString("serialNumber");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static boolean preparedTransactionsAllowed() throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW max_prepared_transactions")) {
            return rows.next() && Integer.parseInt(rows.getString(1)) > 0;
        }
    }

    private static boolean postgresAnswers() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES + "test", "postgres", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

}
