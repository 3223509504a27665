package jp.kakehashi.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad input against the SNS endpoint and the companion app API: each answered with its status and a
 * reason, and nothing stored (no device for the serial each one carries).
 */
class BadInputCorpusIT {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:kakehashi-drs";
    private static final String SANDBOX_CERT = "/amazon-sandbox/api/sns/SimpleNotificationService-";
    private static final String PASSWORD = "corpus member password";

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    static Stream<Arguments> snsCorpus() {
        return Stream.of(
                Arguments.of(
                        "malformed JSON", 400, (UnaryOperator<String>) body -> body.substring(0, body.length() / 2)),
                Arguments.of("a number where SNS sends a string", 400, (UnaryOperator<String>)
                        body -> body.replaceFirst("\"MessageId\"\\s*:\\s*\"[^\"]*\"", "\"MessageId\":42")),
                Arguments.of(
                        "no signature", 400, (UnaryOperator<String>) body -> with(body, b -> b.remove("Signature"))),
                Arguments.of("a body that is not SNS's", 400, (UnaryOperator<String>) body -> "{\"hello\":\"world\"}"),
                Arguments.of("a wrong signature", 403, (UnaryOperator<String>) body ->
                        with(body, b -> b.add("Signature", Base64.getEncoder().encodeToString(new byte[256])))),
                Arguments.of("a foreign certificate URL", 403, (UnaryOperator<String>) body -> with(
                        body,
                        b -> b.add(
                                "SigningCertURL",
                                "https://sns.us-east-1.amazonaws.com.evil.example/SimpleNotificationService-"
                                        + "0123456789abcdef0123456789abcdef.pem"))),
                Arguments.of("a foreign topic", 403, (UnaryOperator<String>)
                        body -> with(body, b -> b.add("TopicArn", "arn:aws:sns:us-east-1:999999999999:someone-else"))),
                Arguments.of("a stale timestamp", 403, (UnaryOperator<String>) body -> with(
                        body,
                        b -> b.add(
                                "Timestamp",
                                Instant.now()
                                        .minus(2, ChronoUnit.HOURS)
                                        .truncatedTo(ChronoUnit.MILLIS)
                                        .toString()))),
                Arguments.of("a body larger than SNS allows", 413, (UnaryOperator<String>)
                        body -> body + " ".repeat(300 * 1024)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("snsCorpus")
    void badSnsDeliveriesAreRefusedAndStoreNothing(String what, int status, UnaryOperator<String> spoil) {
        String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        // The genuine message also reaches Kakehashi through its own subscription; the spoiled one names a serial of
        // its own (its signature was broken or will be refused before it is checked anyway).
        String unseen = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String spoiled = spoil.apply(notification(serial).replace(serial, unseen));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/sns/notifications"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(spoiled))
                .build());

        assertEquals(status, response.statusCode(), what + ": " + response.body());
        assertTrue(!response.body().isBlank(), what + ": a reason");
        awaitTheAsynchronousPathDone();
        assertEquals("[]", devices(unseen), what + ": nothing stored");
    }

    @Test
    void scriptAndSqlTextInTheCompanionAppApiAreRefusedAndStoreNothing() {
        String member = ShopPages.newMember("corpus", "入力 検査", PASSWORD);
        for (String serial :
                new String[] {"<script>alert(1)</script>", "KCF01-1'; DROP TABLE device; --", "KCF01-1234\n5678"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices/setup"))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((member + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("modelId", "KAKEHASHI_COFFEE_01")
                            .add("serialNumber", serial)
                            .build()
                            .toString()))
                    .build());
            assertEquals(400, response.statusCode(), serial + ": " + response.body());
            assertTrue(!response.body().contains("<script>"), "never echoed as markup");
        }
        HttpResponse<String> wrongType = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices/setup"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((member + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"modelId\":[1,2],\"serialNumber\":{\"a\":1}}"))
                .build());
        assertEquals(400, wrongType.statusCode(), wrongType.body());
        assertEquals(
                200,
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin/devices?search=DROP"))
                                .header("Authorization", AdminPages.basicAuthorization())
                                .GET()
                                .build())
                        .statusCode(),
                "the device table is still there");
    }

    /** A genuine notification, signed by the sandbox, for a device that exists nowhere yet. */
    private String notification(String serial) {
        String sink = "corpus-" + UUID.randomUUID();
        String control = "/amazon-sandbox/api/sandbox/sns";
        String sinkUrl = KakehashiServer.baseUrl() + control + "/sink/" + sink;
        try {
            post(
                    control + "/subscriptions",
                    Json.createObjectBuilder()
                            .add("topicArn", TOPIC)
                            .add("endpoint", sinkUrl)
                            .build());
            String confirmation = awaitSink(control + "/sink/" + sink, "SubscriptionConfirmation");
            http.send(HttpRequest.newBuilder(
                            java.net.URI.create(json(confirmation).getString("SubscribeURL")))
                    .GET()
                    .build());
            announce(serial);
            String signed = awaitSink(control + "/sink/" + sink, "Notification");
            assertTrue(json(signed).getString("SigningCertURL").contains(SANDBOX_CERT));
            return signed;
        } finally {
            http.send(HttpRequest.newBuilder(KakehashiServer.uri(control + "/sink/" + sink))
                    .DELETE()
                    .build());
        }
    }

    /** Has the sandbox publish a DeviceRegisteredNotification for the serial on the DRS topic (Kakehashi subscribes to it). */
    private void announce(String serial) {
        post(
                "/amazon-sandbox/api/sandbox/sns/drs/notifications",
                Json.createObjectBuilder()
                        .add("type", "DeviceRegisteredNotification")
                        .add("serialNumber", serial)
                        .add("modelId", "KAKEHASHI_COFFEE_01")
                        .add("directedCustomerId", "amzn1.account.CORPUS")
                        .add("lwaClientId", "amzn1.application-oa2-client.corpus")
                        .build());
    }

    /**
     * What a refused delivery might have queued is processed: a genuine notification announced after it (through the
     * sandbox, SNS and the same queue) is stored, and nothing is left on the inbound queue. Only then does "nothing
     * stored" mean something.
     */
    private void awaitTheAsynchronousPathDone() {
        String control = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        announce(control);
        Await.until(
                () -> devices(control),
                found -> found.contains(control),
                Duration.ofSeconds(30),
                Duration.ofMillis(200),
                found -> "the control notification's device " + control + " not stored: " + found);
        Await.until(
                this::inboundQueueDepth,
                depth -> depth == 0,
                Duration.ofSeconds(30),
                Duration.ofMillis(200),
                depth -> depth + " message(s) left on SnsInboundQueue");
    }

    private long inboundQueueDepth() {
        String queues = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin/queues"))
                        .header("Authorization", AdminPages.basicAuthorization())
                        .GET()
                        .build())
                .body();
        return Json.createReader(new StringReader(queues)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(queue -> queue.getString("name").equals("SnsInboundQueue"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("depth")
                .longValue();
    }

    private String awaitSink(String path, String type) {
        return Await.present(
                () -> Json.createReader(new StringReader(http.get(path).body()))
                        .readArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(request -> request.getString("body"))
                        .filter(body -> json(body).getString("Type").equals(type))
                        .findFirst(),
                Duration.ofSeconds(20));
    }

    private void post(String path, JsonObject body) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(KakehashiServer.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
        assertEquals(2, response.statusCode() / 100, response.body());
    }

    /** The admin list's devices whose serial contains the text, as a JSON array ("[]" for none). */
    private String devices(String serial) {
        return json(http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin/devices?search=" + serial))
                                .header("Authorization", AdminPages.basicAuthorization())
                                .GET()
                                .build())
                        .body())
                .getJsonArray("items")
                .toString();
    }

    private static String with(String body, java.util.function.Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder builder = Json.createObjectBuilder(json(body));
        change.accept(builder);
        return builder.build().toString();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
