package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DRS pre-registration guide's promise that nothing answered 200 is lost: with the consumer paused, a notification is delivered and
 * answered 200 (it waits on the persistent queue), the server is killed with SIGKILL, and after a restart the device is
 * stored, once. On a Kakehashi server of its own (made from liberty-config as the test server is, with its own H2
 * database, messaging store and sandbox, whose SNS delivers to it), so that the kill takes no other test's server:
 * it runs in the crash tests' lane, beside the other ITs.
 */
@OnServersOfItsOwn
class SnsCrashRecoveryCrashIT {

    private static final String CONSUMER = "kakehashi#kakehashi-ejb.jar#SnsNotificationConsumer";
    /** As the test server's ready wait: the application's start took 220 s on a 2-core machine busy with other builds. */
    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(5);

    private static final String SERVER = "crash-recovery";
    private static final String SERVER_URL = "http://localhost:9185";

    private final Http http = new Http();
    private final LibertyServers servers = new LibertyServers();

    @BeforeEach
    void startTheServer() {
        servers.createApplicationServer(
                SERVER,
                Map.of(
                        "default.http.port", "9185",
                        "default.https.port", "9548",
                        "sandbox.smtp.port", "10185",
                        "kakehashi.sandbox.war",
                                Path.of(System.getProperty("kakehashi.config.dir"))
                                        .resolve("../amazon-sandbox/target/amazon-sandbox.war")
                                        .normalize()
                                        .toString()));
        servers.start(SERVER);
        awaitReady();
        awaitSubscriptionConfirmed();
    }

    /**
     * The server's sandbox subscribes its Kakehashi at start, and SNS delivers nothing to a subscription still pending
     * confirmation: the test's notification must wait until Kakehashi has confirmed it.
     */
    private void awaitSubscriptionConfirmed() {
        Await.present(
                () -> json(http.send(HttpRequest.newBuilder(uri("/amazon-sandbox/api/sandbox/sns/subscriptions"))
                                        .GET()
                                        .build())
                                .body())
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(subscription ->
                                subscription.getString("endpoint", "").endsWith("/sns/notifications")
                                        && subscription.getString("status", "").equals("confirmed"))
                        .findFirst(),
                RESTART_TIMEOUT);
    }

    @AfterEach
    void stopTheServer() {
        servers.stop(SERVER);
    }

    @Test
    void aNotificationAnswered200BeforeAKillIsStoredOnceAfterTheRestart() throws Exception {
        String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        servers.pause(SERVER, CONSUMER);

        String messageId = scanBox(serial);
        JsonObject delivery = Await.present(() -> deliveredWith200(messageId));
        assertEquals(200, delivery.getInt("status"));
        assertTrue(queueDepth() >= 1, "the notification waits on the queue");
        assertTrue(devices(serial).isEmpty(), "not processed before the kill");

        servers.kill(SERVER);
        servers.start(SERVER);
        awaitReady();

        JsonObject device = Await.present(() -> devices(serial).stream().findFirst(), RESTART_TIMEOUT);
        assertEquals("PRE_REGISTERED", device.getString("status"));
        assertEquals(1, devices(serial).size(), "stored once");
    }

    private String scanBox(String serial) {
        HttpResponse<String> scanned =
                http.send(HttpRequest.newBuilder(uri("/amazon-sandbox/api/sandbox/sns/drs/scan-box"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("serialNumber", serial)
                                .add("modelId", "KAKEHASHI_COFFEE_01")
                                .add("directedCustomerId", "amzn1.account.CRASHIT")
                                .add("lwaClientId", "amzn1.application-oa2-client.crash")
                                .build()
                                .toString()))
                        .build());
        assertEquals(2, scanned.statusCode() / 100, scanned.body());
        return json(scanned.body()).asJsonObject().getString("messageId");
    }

    private Optional<JsonObject> deliveredWith200(String messageId) {
        HttpResponse<String> log = http.send(
                HttpRequest.newBuilder(uri("/amazon-sandbox/api/sandbox/sns/deliveries?messageId=" + messageId))
                        .GET()
                        .build());
        return json(log.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry ->
                        entry.getString("endpoint").endsWith("/sns/notifications") && entry.getInt("status") == 200)
                .findFirst();
    }

    private long queueDepth() {
        JsonArray queues = json(admin("/api/admin/queues")).asJsonArray();
        return queues.getValuesAs(JsonObject.class).stream()
                .filter(queue -> queue.getString("name").equals("SnsInboundQueue"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("depth")
                .longValue();
    }

    private List<JsonObject> devices(String serial) {
        return json(admin("/api/admin/devices?search=" + serial))
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(device -> device.getString("serialNumber").equals(serial))
                .toList();
    }

    private String admin(String path) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", AdminPages.basicAuthorization())
                .GET()
                .build());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private void awaitReady() {
        KakehashiServer.awaitReady(SERVER_URL, RESTART_TIMEOUT);
    }

    private static URI uri(String path) {
        return URI.create(SERVER_URL + path);
    }

    private static jakarta.json.JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }
}
