package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.LibertyServers;

/**
 * What the SNS load tests share: a second Kakehashi server (the victim) that trusts the build server's sandbox as its
 * SNS on a topic of the run's own, DeviceRegistered notifications published there at a steady rate, the sandbox's
 * delivery log, and what the victim stored. The sandbox lives in the other server, so that whatever happens to the
 * victim does not take the log and the retries with it.
 */
final class SnsLoadRig {

    private static final String SANDBOX_SNS = "/amazon-sandbox/api/sandbox/sns";
    private static final DateTimeFormatter SNS_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The delivery policy's retries (100, 3 s apart), each answer awaited up to its request timeout, and a margin. */
    private static final Duration DELIVERY_POLICY_WINDOW = Duration.ofMinutes(8);

    private final Http http = new Http();
    private final String victimUrl;
    /** With the stream's digit and a three-digit index, the eight digits the model's serials have (KCF01-[0-9]{8}). */
    private final String run =
            Integer.toString(1_000 + ThreadLocalRandom.current().nextInt(8_999));

    private final String topicArn;
    private String subscriptionArn;
    /**
     * Each stream of the rig's (up to nine) has serials of its own, so that a second stream cannot count the first's
     * devices.
     */
    private int stream;

    SnsLoadRig(String victimUrl) {
        this.victimUrl = victimUrl;
        KakehashiServer.awaitReady();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(KakehashiServer.uri(SANDBOX_SNS + "/topics"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"kakehashi-drs-load-" + run + "\"}"))
                .build());
        assertEquals(200, created.statusCode(), created.body());
        topicArn = json(created.body()).asJsonObject().getString("arn");
    }

    /**
     * Creates the victim with these Liberty variables and the sandbox's WAR, trusting the build server's sandbox, starts
     * it and waits until it is ready.
     */
    void startTheVictim(LibertyServers servers, String victim, Map<String, String> variables, Duration readyTimeout) {
        Map<String, String> all = new LinkedHashMap<>(variables);
        all.put(
                "kakehashi.sandbox.war",
                Path.of(System.getProperty("kakehashi.config.dir"))
                        .resolve("../amazon-sandbox/target/amazon-sandbox.war")
                        .normalize()
                        .toString());
        servers.createApplicationServer(victim, all);
        trustTheSandbox(servers.serverDir(victim));
        servers.start(victim);
        awaitVictimReady(readyTimeout);
    }

    /** The victim trusts the build server's sandbox as its SNS, on this run's topic only. */
    private void trustTheSandbox(Path victimDir) {
        Path overrides = victimDir.resolve("configDropins/overrides");
        try {
            Files.createDirectories(overrides);
            Files.writeString(overrides.resolve("load-sns.xml"), """
                    <server>
                        <variable name="sns.topic-arns" value="%s"/>
                        <variable name="sns.signing-cert-url-pattern"
                                  value="%s/amazon-sandbox/api/sns/SimpleNotificationService-[0-9a-f]{32}\\.pem"/>
                    </server>
                    """.formatted(
                            topicArn, KakehashiServer.baseUrl().replace(".", "\\.")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The victim's subscription, with a delivery policy of its own that outlasts what the test does to the victim (100
     * retries, 3 s apart): the sandbox-wide policy, which other tests change, does not touch it.
     */
    void subscribeTheVictim() {
        HttpResponse<String> subscribed =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri(SANDBOX_SNS + "/subscriptions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("topicArn", topicArn)
                                .add("endpoint", victimUrl + "/sns/notifications")
                                .add(
                                        "deliveryPolicy",
                                        Json.createObjectBuilder()
                                                .add("maxRetries", 100)
                                                .add("retryDelay", "PT3S")
                                                .add("requestTimeout", "PT10S"))
                                .build()
                                .toString()))
                        .build());
        assertEquals(201, subscribed.statusCode(), subscribed.body());
        String arn = json(subscribed.body()).asJsonObject().getString("subscriptionArn");
        // Kakehashi confirms the subscription itself (sns.subscription.auto-confirm)
        Await.present(() ->
                json(http.get(SANDBOX_SNS + "/subscriptions").body())
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(subscription ->
                                subscription.getString("subscriptionArn").equals(arn)
                                        && subscription.getString("status").equals("confirmed"))
                        .findFirst());
        subscriptionArn = arn;
    }

    void unsubscribe() {
        if (subscriptionArn != null) {
            http.send(HttpRequest.newBuilder(KakehashiServer.uri(SANDBOX_SNS + "/subscriptions/"
                            + URLEncoder.encode(subscriptionArn, StandardCharsets.UTF_8)))
                    .DELETE()
                    .build());
        }
    }

    /**
     * At a steady rate, as a busy DRS topic would: SNS MessageId to serial. Each call is a new stream, with serials of
     * its own ({@link #storedDevices} counts the last one's).
     */
    void publish(int notifications, int perSecond, Map<String, String> serialByMessageId) {
        stream++;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < notifications; i++) {
            long wait = start + i * intervalNanos - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String serial = serialPrefix() + String.format("%03d", i);
            serialByMessageId.put(publishOne(serial), serial);
        }
    }

    /** One DeviceRegistered notification of the given serial, published on the run's topic: its SNS MessageId. */
    String publishOne(String serial) {
        HttpResponse<String> published = http.send(HttpRequest.newBuilder(KakehashiServer.uri(SANDBOX_SNS + "/publish"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("topicArn", topicArn)
                        .add("message", deviceRegistered(serial))
                        .build()
                        .toString()))
                .build());
        assertEquals(200, published.statusCode(), published.body());
        return json(published.body()).asJsonObject().getString("messageId");
    }

    /** A serial of the run's that no stream of up to 990 notifications takes. */
    String serialBesideTheStream() {
        return serialPrefix() + "999";
    }

    /** The serials of the run's current stream. */
    private String serialPrefix() {
        return "KCF01-" + run + stream;
    }

    private static String deviceRegistered(String serial) {
        return Json.createObjectBuilder()
                .add(
                        "notificationInfo",
                        Json.createObjectBuilder()
                                .add("notificationType", "DeviceRegisteredNotification")
                                .add("lwaClientId", "amzn1.application-oa2-client.crash")
                                .add("notificationTime", SNS_TIME.format(Instant.now()))
                                .add("notificationId", UUID.randomUUID().toString())
                                .add("version", "2015-06-05"))
                .add(
                        "deviceInfo",
                        Json.createObjectBuilder()
                                .add(
                                        "deviceIdentifier",
                                        Json.createObjectBuilder().add("serialNumber", serial))
                                .add(
                                        "productIdentifier",
                                        Json.createObjectBuilder().add("modelId", "KAKEHASHI_COFFEE_01")))
                .add("customerInfo", Json.createObjectBuilder().add("directedCustomerId", "amzn1.account.CRASHLOAD"))
                .build()
                .toString();
    }

    /** The sandbox's log of this subscription's notification deliveries. */
    List<JsonObject> deliveries() {
        return json(http.get(SANDBOX_SNS + "/deliveries?subscriptionArn="
                                + URLEncoder.encode(subscriptionArn, StandardCharsets.UTF_8))
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(entry -> entry.getString("type").equals("Notification"))
                .toList();
    }

    /**
     * Until the sandbox has settled every one of the messages (delivered, refused for good by a 4xx, or given up after
     * the delivery policy's retries), then that each was delivered. The deadline is the policy's whole retry window,
     * not a guess at how fast the victim recovers; a message refused for good fails at once, with what it was answered.
     */
    void awaitEveryDelivered(Set<String> messageIds) {
        Map<String, String> outcomes = Await.present(
                () -> {
                    Map<String, String> settled = deliveries().stream()
                            .filter(entry -> !entry.getString("outcome").equals("RETRY"))
                            .collect(Collectors.toMap(
                                    entry -> entry.getString("messageId"),
                                    entry -> entry.getString("outcome"),
                                    (first, second) -> first));
                    boolean anyLost = settled.values().stream().anyMatch(outcome -> !outcome.equals("DELIVERED"));
                    return anyLost || settled.keySet().containsAll(messageIds)
                            ? Optional.of(settled)
                            : Optional.empty();
                },
                DELIVERY_POLICY_WINDOW);
        List<String> lost = deliveries().stream()
                .filter(entry -> !outcomes.getOrDefault(entry.getString("messageId"), "DELIVERED")
                        .equals("DELIVERED"))
                .map(entry -> entry.getString("messageId") + " attempt " + entry.getInt("attempt") + ": "
                        + (entry.containsKey("status") && !entry.isNull("status")
                                ? "HTTP " + entry.getInt("status")
                                : entry.getString("error", "no answer"))
                        + " -> " + entry.getString("outcome"))
                .toList();
        assertEquals(List.of(), lost, "every notification delivered, none refused for good nor given up");
    }

    Set<String> answered200() {
        return deliveries().stream()
                .filter(entry -> entry.containsKey("status") && entry.getInt("status") == 200)
                .map(entry -> entry.getString("messageId"))
                .collect(Collectors.toSet());
    }

    /** How many of a stream's notifications (by message id) the victim has answered 200 so far. */
    long answeredOf(Map<String, String> serialByMessageId) {
        Set<String> answered = answered200();
        return serialByMessageId.keySet().stream().filter(answered::contains).count();
    }

    /** The victim's devices of one serial, with their status. */
    List<JsonObject> devices(String serial) {
        return json(victimAdmin("/api/admin/devices?search=" + serial))
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(device -> device.getString("serialNumber").equals(serial))
                .toList();
    }

    /** Serial to how many device rows the victim holds for it (the last stream's), searched ten serials at a time. */
    Map<String, Long> storedDevices(int notifications) {
        Map<String, Long> counts = new TreeMap<>();
        for (int tens = 0; tens < (notifications + 9) / 10; tens++) {
            String prefix = serialPrefix() + String.format("%02d", tens);
            JsonArray devices = json(victimAdmin("/api/admin/devices?limit=100&search=" + prefix))
                    .asJsonObject()
                    .getJsonArray("items");
            devices.getValuesAs(JsonObject.class).stream()
                    .map(device -> device.getString("serialNumber"))
                    .filter(serial -> serial.startsWith(prefix))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                    .forEach(counts::put);
        }
        return counts;
    }

    /**
     * Once the victim holds a device for each of the last stream's serials and its queue is empty (the deadline: the
     * victim's recovery), that each serial is stored exactly once: serial to device rows.
     */
    Map<String, Long> awaitEachStoredOnce(Collection<String> serials, Duration timeout) {
        Map<String, Long> stored = Await.present(
                () -> {
                    Map<String, Long> devices = storedDevices(serials.size());
                    return devices.size() == serials.size() && queueDepth("SnsInboundQueue") == 0
                            ? Optional.of(devices)
                            : Optional.empty();
                },
                timeout);
        for (String serial : serials) {
            assertEquals(1L, stored.get(serial), "stored exactly once: " + serial);
        }
        return stored;
    }

    long queueDepth(String queue) {
        return json(victimAdmin("/api/admin/queues")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("name").equals(queue))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("depth")
                .longValue();
    }

    private String victimAdmin(String path) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(victimUrl + path))
                .header("Authorization", AdminPages.basicAuthorization())
                .GET()
                .build());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    void awaitVictimReady(Duration timeout) {
        KakehashiServer.awaitReady(victimUrl, timeout);
    }

    private static JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }
}
