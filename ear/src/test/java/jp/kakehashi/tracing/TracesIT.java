package jp.kakehashi.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SandboxDevices;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace per request, read back from the sandbox's span collector (the default profile exports there): an SNS
 * notification from its POST through the JMS hop to the consumer and the database, and a sign-in's callback through
 * Get Buyer. Each request carries a W3C traceparent of the test's own, so the trace is known.
 */
class TracesIT {

    private static final Duration EXPORTED = Duration.ofSeconds(30);

    private final Http http = new Http();
    private final SecureRandom random = new SecureRandom();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void anSnsNotificationIsOneTraceFromThePostThroughTheQueueToTheDatabase() throws Exception {
        String signed = signedDeviceRegistration();
        String messageId =
                Json.createReader(new StringReader(signed)).readObject().getString("MessageId");
        String traceId = hex(16);
        String callerSpan = hex(8);

        HttpResponse<String> acknowledged = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/sns/notifications"))
                .header("x-amz-sns-message-type", "Notification")
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(signed))
                .build());
        assertEquals(200, acknowledged.statusCode(), acknowledged.body());

        Map<String, JsonObject> spans = awaitTrace(
                traceId,
                found -> hasServerSpanUnder(found, callerSpan)
                        && Stream.of("send SnsInboundQueue", "process SnsInboundQueue", "store SNS notification")
                                .allMatch(name -> found.stream()
                                        .anyMatch(span -> name.equalsIgnoreCase(span.getString("name")))));
        JsonObject post = serverSpanUnder(spans, callerSpan);
        JsonObject send = named(spans, "send snsinboundqueue");
        // The sandbox also delivers this message to Kakehashi's own subscription: when that copy wins the primary key,
        // this delivery rolls back and comes again, so each delivery is a consumer span of its own under the one send,
        // and each store sits under one of them
        List<JsonObject> deliveries = allNamed(spans, "process snsinboundqueue");
        List<JsonObject> stores = allNamed(spans, "store sns notification");

        assertEquals("POST", post.getJsonObject("tags").getString("http.request.method"));
        assertEquals("200", post.getJsonObject("tags").getString("http.response.status_code"));
        assertChild(post, send, "PRODUCER");
        assertEquals(messageId, send.getJsonObject("tags").getString("kakehashi.sns.message_id"));
        for (JsonObject delivery : deliveries) {
            assertChild(send, delivery, "CONSUMER");
            assertEquals(messageId, delivery.getJsonObject("tags").getString("kakehashi.sns.message_id"));
        }
        for (JsonObject store : stores) {
            JsonObject delivery = deliveries.stream()
                    .filter(candidate -> candidate.getString("id").equals(store.getString("parentId", "")))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError("store SNS notification under no delivery: " + spans.values()));
            assertChild(delivery, store, "CLIENT");
        }
        assertEquals("kakehashi", post.getJsonObject("localEndpoint").getString("serviceName"));
    }

    @Test
    void aSignInCallbackIsOneTraceThroughGetBuyer() throws Exception {
        HttpClient shopper = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String returnUrl = signInReturnUrl(shopper);
        String buyer = json(send(
                        shopper,
                        HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/pay/buyers"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"template\":\"pay-tester\"}"))))
                .getString("key");
        String buyerToken = json(send(
                        shopper,
                        HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/pay/buyer-tokens"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"buyer\":\"" + buyer + "\"}"))))
                .getString("buyerToken");
        String traceId = hex(16);
        String callerSpan = hex(8);

        HttpResponse<String> back = shopper.send(
                HttpRequest.newBuilder(URI.create(
                                returnUrl + "&buyerToken=" + URLEncoder.encode(buyerToken, StandardCharsets.UTF_8)))
                        .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, back.statusCode(), "an Amazon buyer who is not a member goes to the login-failure page");

        Map<String, JsonObject> spans = awaitTrace(
                traceId,
                found -> hasServerSpanUnder(found, callerSpan)
                        && found.stream().anyMatch(span -> "CLIENT".equals(span.getString("kind", ""))));
        JsonObject callback = serverSpanUnder(spans, callerSpan);
        JsonObject getBuyer = spans.values().stream()
                .filter(span -> "CLIENT".equals(span.getString("kind", ""))
                        && callback.getString("id").equals(span.getString("parentId", "")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client span under the callback: " + spans.values()));
        assertEquals("/shop/amazon-return.xhtml", callback.getJsonObject("tags").getString("url.path"));
        assertTrue(
                getBuyer.getJsonObject("tags").getString("url.full", "").contains("/v2/buyers/"), getBuyer.toString());
        assertEquals("200", getBuyer.getJsonObject("tags").getString("http.response.status_code"));
    }

    private String signedDeviceRegistration() {
        // Signed by the sandbox's SNS and caught at its sink, so that the test posts it itself with its traceparent
        String sink = "traces-it-" + hex(4);
        String sinkUrl = KakehashiServer.baseUrl() + "/amazon-sandbox/api/sandbox/sns/sink/" + sink;
        JsonObject subscription = json(
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/sns/subscriptions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("endpoint", sinkUrl)
                                .build()
                                .toString()))
                        .build()));
        String subscriptionArn = subscription.getString("subscriptionArn");
        try {
            String confirmation = awaitAtSink(sinkUrl, "SubscriptionConfirmation", null);
            String subscribeUrl = Json.createReader(new StringReader(confirmation))
                    .readObject()
                    .getString("SubscribeURL");
            assertEquals(
                    200,
                    http.send(HttpRequest.newBuilder(URI.create(subscribeUrl))
                                    .GET()
                                    .build())
                            .statusCode());
            String messageId = json(http.send(
                            HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/sns/drs/scan-box"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                            .add("serialNumber", SandboxDevices.freshSerial())
                                            .add("modelId", SandboxDevices.MODEL)
                                            .add("directedCustomerId", SandboxDevices.freshCustomer("TRACES"))
                                            .add("lwaClientId", "amzn1.application-oa2-client.kakehashi-it")
                                            .build()
                                            .toString()))
                                    .build()))
                    .getString("messageId");
            return awaitAtSink(sinkUrl, "Notification", messageId);
        } finally {
            http.send(HttpRequest.newBuilder(
                            KakehashiServer.uri("/amazon-sandbox/api/sandbox/sns/subscriptions/" + subscriptionArn))
                    .DELETE()
                    .build());
            http.send(HttpRequest.newBuilder(URI.create(sinkUrl)).DELETE().build());
        }
    }

    private String awaitAtSink(String sinkUrl, String type, String messageId) {
        return Await.present(() -> {
            JsonArray received = Json.createReader(
                            new StringReader(http.send(HttpRequest.newBuilder(URI.create(sinkUrl))
                                            .GET()
                                            .build())
                                    .body()))
                    .readArray();
            return received.getValuesAs(JsonObject.class).stream()
                    .map(request -> request.getString("body"))
                    .filter(body -> {
                        JsonObject message =
                                Json.createReader(new StringReader(body)).readObject();
                        return type.equals(message.getString("Type"))
                                && (messageId == null || messageId.equals(message.getString("MessageId")));
                    })
                    .findFirst();
        });
    }

    private Map<String, JsonObject> awaitTrace(
            String traceId, java.util.function.Predicate<List<JsonObject>> complete) {
        List<JsonObject> spans = Await.until(
                () -> Json.createReader(
                                new StringReader(http.get("/amazon-sandbox/api/sandbox/spans?traceId=" + traceId)
                                        .body()))
                        .readArray()
                        .getValuesAs(JsonObject.class),
                complete,
                EXPORTED,
                Duration.ofMillis(200),
                seen -> "the spans of trace " + traceId + ": " + seen);
        return spans.stream().collect(Collectors.toMap(span -> span.getString("id"), Function.identity(), (a, b) -> a));
    }

    private static boolean hasServerSpanUnder(List<JsonObject> spans, String callerSpan) {
        return spans.stream()
                .anyMatch(span -> "SERVER".equals(span.getString("kind", ""))
                        && callerSpan.equals(span.getString("parentId", "")));
    }

    /** Kakehashi's server span of the test's request: the child of the test's own span (Liberty makes it). */
    private static JsonObject serverSpanUnder(Map<String, JsonObject> spans, String callerSpan) {
        return spans.values().stream()
                .filter(span -> "SERVER".equals(span.getString("kind", ""))
                        && callerSpan.equals(span.getString("parentId", "")))
                .filter(span ->
                        "kakehashi".equals(span.getJsonObject("localEndpoint").getString("serviceName")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no server span under the caller's: " + spans.values()));
    }

    /** Zipkin's JSON gives span names in lower case. */
    private static JsonObject named(Map<String, JsonObject> spans, String name) {
        return allNamed(spans, name).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no span named " + name + " among " + spans.values()));
    }

    private static List<JsonObject> allNamed(Map<String, JsonObject> spans, String name) {
        return spans.values().stream()
                .filter(span -> name.equalsIgnoreCase(span.getString("name")))
                .toList();
    }

    private static void assertChild(JsonObject parent, JsonObject child, String kind) {
        assertEquals(
                parent.getString("id"),
                child.getString("parentId", null),
                child.getString("name") + " is a child of " + parent.getString("name"));
        assertEquals(kind, child.getString("kind", "INTERNAL"), child.getString("name"));
    }

    private String signInReturnUrl(HttpClient shopper) throws Exception {
        return ShopPages.amazonReturnUrl(
                send(
                        shopper,
                        HttpRequest.newBuilder(KakehashiServer.uri("/shop/login.xhtml"))
                                .GET()),
                "login");
    }

    private static String send(HttpClient client, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(
                response.statusCode() < 400,
                response.statusCode() + " from " + response.uri() + ": " + response.body());
        return response.body();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(
                response.statusCode() < 400,
                response.statusCode() + " from " + response.uri() + ": " + response.body());
        return json(response.body());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
