package jp.kakehashi.sns;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import jp.kakehashi.testsupport.SharedResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private static final String SANDBOX_SNS = "/amazon-sandbox/api/sandbox/sns";
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(3);
    private static final DateTimeFormatter SNS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Http http = new Http();
    private final LibertyServers servers = new LibertyServers();
    private final String run = Integer.toString(10_000 + ThreadLocalRandom.current().nextInt(89_999));
    private String topicArn;
    private String subscriptionArn;

    @BeforeEach
    void startTheVictim() throws IOException {
        KakehashiServer.awaitReady();
        topicArn = createTopic();
        servers.createApplicationServer(VICTIM, Map.of(
                "default.http.port", "9184",
                "default.https.port", "9547",
                "kakehashi.sandbox.war", Path.of(System.getProperty("kakehashi.config.dir"))
                        .resolve("../amazon-sandbox/target/amazon-sandbox.war").normalize().toString()));
        // The victim trusts the build server's sandbox as its SNS, on a topic of this run's own
        Path overrides = servers.serverDir(VICTIM).resolve("configDropins/overrides");
        Files.createDirectories(overrides);
        Files.writeString(overrides.resolve("crash-sns.xml"), """
                <server>
                    <variable name="sns.topic-arns" value="%s"/>
                    <variable name="sns.signing-cert-url-pattern"
                              value="%s/amazon-sandbox/api/sns/SimpleNotificationService-[0-9a-f]{32}\\.pem"/>
                </server>
                """.formatted(topicArn, KakehashiServer.baseUrl().replace(".", "\\.")));
        servers.start(VICTIM);
        awaitVictimReady();
    }

    @AfterEach
    void stopTheVictim() {
        if (subscriptionArn != null) {
            http.send(HttpRequest.newBuilder(KakehashiServer.uri(SANDBOX_SNS + "/subscriptions/"
                    + URLEncoder.encode(subscriptionArn, StandardCharsets.UTF_8))).DELETE().build());
        }
        http.send(HttpRequest.newBuilder(KakehashiServer.uri(SANDBOX_SNS + "/delivery-policy")).DELETE().build());
        servers.stop(VICTIM);
    }

    @Test
    void everyNotificationAnswered200OrRedeliveredIsStoredExactlyOnce() throws Exception {
        // A delivery policy that outlasts the restart, as the README advises for the subscription (100 retries, 3 s apart)
        put(SANDBOX_SNS + "/delivery-policy", "{\"maxRetries\":100,\"retryDelay\":\"PT3S\",\"requestTimeout\":\"PT10S\"}");
        subscriptionArn = subscribeTheVictim();

        Map<String, String> serialByMessageId = new ConcurrentHashMap<>();
        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> publishAll(serialByMessageId));

        Await.present(() -> answered200().size() >= NOTIFICATIONS / 4 ? Optional.of(true) : Optional.empty());
        servers.kill(VICTIM);
        // Logged after each answer arrived, so every 200 in the log now was answered before the kill
        Set<String> answeredBeforeTheKill = answered200();
        publishing.get(60, TimeUnit.SECONDS);
        assertTrue(answeredBeforeTheKill.size() < NOTIFICATIONS, "the kill came in the middle of the stream");

        servers.start(VICTIM);
        awaitVictimReady();
        Await.present(() -> answered200().containsAll(serialByMessageId.keySet()) ? Optional.of(true) : Optional.empty(),
                RECOVERY_TIMEOUT);
        assertTrue(deliveries().stream().noneMatch(entry -> entry.getString("outcome").equals("GAVE_UP")), "the sandbox never gave up");
        long redelivered = deliveries().stream().filter(entry -> entry.getString("outcome").equals("RETRY"))
                .map(entry -> entry.getString("messageId")).distinct().count();
        assertTrue(redelivered > 0, "the kill cut some deliveries off, and the sandbox redelivered them");

        Map<String, Long> stored = Await.present(() -> {
            Map<String, Long> devices = storedDevices();
            return devices.size() == NOTIFICATIONS && queueDepth("SnsInboundQueue") == 0 ? Optional.of(devices) : Optional.empty();
        }, RECOVERY_TIMEOUT);
        for (String messageId : answeredBeforeTheKill) {
            assertEquals(1L, stored.get(serialByMessageId.get(messageId)), "answered 200 before the kill: " + messageId);
        }
        for (String serial : serialByMessageId.values()) {
            assertEquals(1L, stored.get(serial), "stored exactly once: " + serial);
        }
        assertEquals(0, queueDepth("SnsInboundQueue.DLQ"), "nothing dead-lettered");
    }

    private String createTopic() {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(KakehashiServer.uri(SANDBOX_SNS + "/topics"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"kakehashi-drs-crash-" + run + "\"}")).build());
        assertEquals(200, created.statusCode(), created.body());
        return json(created.body()).asJsonObject().getString("arn");
    }

    private String subscribeTheVictim() {
        HttpResponse<String> subscribed = http.send(HttpRequest.newBuilder(KakehashiServer.uri(SANDBOX_SNS + "/subscriptions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("topicArn", topicArn)
                        .add("endpoint", VICTIM_URL + "/sns/notifications").build().toString())).build());
        assertEquals(201, subscribed.statusCode(), subscribed.body());
        String arn = json(subscribed.body()).asJsonObject().getString("subscriptionArn");
        // Kakehashi confirms the subscription itself (sns.subscription.auto-confirm)
        Await.present(() -> json(http.get(SANDBOX_SNS + "/subscriptions").body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(subscription -> subscription.getString("subscriptionArn").equals(arn)
                        && subscription.getString("status").equals("confirmed")).findFirst());
        return arn;
    }

    /** At a steady rate, as a busy DRS topic would. */
    private void publishAll(Map<String, String> serialByMessageId) {
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / PUBLISHED_PER_SECOND;
        long start = System.nanoTime();
        for (int i = 0; i < NOTIFICATIONS; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String serial = "KCF01-" + run + String.format("%03d", i);
            HttpResponse<String> published = http.send(HttpRequest.newBuilder(KakehashiServer.uri(SANDBOX_SNS + "/publish"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("topicArn", topicArn)
                            .add("message", deviceRegistered(serial)).build().toString())).build());
            if (published.statusCode() != 200) {
                throw new AssertionError("not published: " + published.statusCode() + " " + published.body());
            }
            serialByMessageId.put(json(published.body()).asJsonObject().getString("messageId"), serial);
        }
    }

    private static String deviceRegistered(String serial) {
        return Json.createObjectBuilder()
                .add("notificationInfo", Json.createObjectBuilder()
                        .add("notificationType", "DeviceRegisteredNotification")
                        .add("lwaClientId", "amzn1.application-oa2-client.crash")
                        .add("notificationTime", SNS_TIME.format(Instant.now()))
                        .add("notificationId", UUID.randomUUID().toString())
                        .add("version", "2015-06-05"))
                .add("deviceInfo", Json.createObjectBuilder()
                        .add("deviceIdentifier", Json.createObjectBuilder().add("serialNumber", serial))
                        .add("productIdentifier", Json.createObjectBuilder().add("modelId", "KAKEHASHI_COFFEE_01")))
                .add("customerInfo", Json.createObjectBuilder().add("directedCustomerId", "amzn1.account.CRASHLOAD"))
                .build().toString();
    }

    private List<JsonObject> deliveries() {
        return json(http.get(SANDBOX_SNS + "/deliveries?subscriptionArn=" + URLEncoder.encode(subscriptionArn, StandardCharsets.UTF_8)).body())
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("type").equals("Notification")).toList();
    }

    private Set<String> answered200() {
        return deliveries().stream().filter(entry -> entry.containsKey("status") && entry.getInt("status") == 200)
                .map(entry -> entry.getString("messageId")).collect(Collectors.toSet());
    }

    /** Serial to how many device rows the victim holds for it, searched ten serials at a time. */
    private Map<String, Long> storedDevices() {
        Map<String, Long> counts = new TreeMap<>();
        for (int tens = 0; tens < NOTIFICATIONS / 10; tens++) {
            String prefix = "KCF01-" + run + String.format("%02d", tens);
            JsonArray devices = json(victimAdmin("/api/admin/devices?max=200&search=" + prefix)).asJsonArray();
            devices.getValuesAs(JsonObject.class).stream().map(device -> device.getString("serialNumber"))
                    .filter(serial -> serial.startsWith(prefix))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                    .forEach(counts::put);
        }
        return counts;
    }

    private long queueDepth(String queue) {
        return json(victimAdmin("/api/admin/queues")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("name").equals(queue))
                .findFirst().orElseThrow().getJsonNumber("depth").longValue();
    }

    private String victimAdmin(String path) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(VICTIM_URL + path))
                .header("Authorization", AdminPages.basicAuthorization()).GET().build());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private void awaitVictimReady() {
        Await.present(() -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(VICTIM_URL + "/health/ready")).timeout(Duration.ofSeconds(5)).build())
                        .statusCode() == 200 ? Optional.of(true) : Optional.empty();
            } catch (IllegalStateException e) {
                return Optional.empty();
            }
        }, RECOVERY_TIMEOUT);
    }

    private void put(String path, String body) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(KakehashiServer.uri(path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(200, response.statusCode(), response.body());
    }

    private static jakarta.json.JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }
}
