package jp.kakehashi.sandbox.sns;

import static jp.kakehashi.sandbox.sns.SnsSandboxClient.parse;
import static jp.kakehashi.sandbox.sns.SnsSandboxClient.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SNS delivery over HTTP against the started server, with the sandbox's sink as the subscribed endpoint. */
class SnsDeliveryIT {

    private final SnsSandboxClient sns = new SnsSandboxClient();
    private final String sink = "it-" + UUID.randomUUID();
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @AfterEach
    void cleanUp() {
        subscriptions.forEach(arn -> sns.delete("/subscriptions/" + arn));
        sns.delete("/sink/" + sink);
        sns.delete("/delivery-policy");
    }

    @Test
    void subscribeConfirmScanTheBoxAndUnsubscribe() throws Exception {
        JsonObject subscription =
                sns.postForObject("/subscriptions", "{\"endpoint\":" + quote(sns.sinkUrl(sink)) + "}");
        String subscriptionArn = subscription.getString("subscriptionArn");
        subscriptions.add(subscriptionArn);
        String topicArn = subscription.getString("topicArn");
        assertEquals("arn:aws:sns:us-east-1:123456789012:kakehashi-drs", topicArn);
        assertEquals("pending", subscription.getString("status"));

        // The endpoint receives a signed SubscriptionConfirmation, with SNS's headers.
        JsonObject request = sns.awaitReceived(
                        sink, body -> "SubscriptionConfirmation".equals(body.getString("Type")), 1)
                .get(0);
        JsonObject headers = request.getJsonObject("headers");
        JsonObject confirmation = parse(request.getString("body"));
        assertEquals("SubscriptionConfirmation", headers.getString("x-amz-sns-message-type"));
        assertEquals(confirmation.getString("MessageId"), headers.getString("x-amz-sns-message-id"));
        assertEquals(topicArn, headers.getString("x-amz-sns-topic-arn"));
        assertEquals("text/plain; charset=UTF-8", headers.getString("content-type"));
        assertEquals(
                List.of(
                        "Type",
                        "MessageId",
                        "Token",
                        "TopicArn",
                        "Message",
                        "SubscribeURL",
                        "Timestamp",
                        "SignatureVersion",
                        "Signature",
                        "SigningCertURL"),
                List.copyOf(confirmation.keySet()));
        assertTrue(confirmation.getString("Timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        String base = KakehashiServer.baseUrl() + "/amazon-sandbox/api/sns/";
        assertEquals(
                base + "?Action=ConfirmSubscription&TopicArn=" + topicArn + "&Token=" + confirmation.getString("Token"),
                confirmation.getString("SubscribeURL"));
        assertTrue(confirmation
                .getString("SigningCertURL")
                .matches(java.util.regex.Pattern.quote(base) + "SimpleNotificationService-[0-9a-f]{32}\\.pem"));
        assertTrue(sns.signatureVerifies(confirmation));

        // A GET of the SubscribeURL confirms it, answering as SNS does.
        HttpResponse<String> confirmed = sns.getUrl(confirmation.getString("SubscribeURL"));
        assertEquals(200, confirmed.statusCode());
        assertTrue(
                confirmed
                        .body()
                        .contains("<ConfirmSubscriptionResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"),
                confirmed.body());
        assertTrue(
                confirmed.body().contains("<SubscriptionArn>" + subscriptionArn + "</SubscriptionArn>"),
                confirmed.body());
        assertEquals("confirmed", status(subscriptionArn));

        // Scanning the box publishes the DeviceRegisteredNotification in the DRS pre-registration guide's format.
        JsonObject published = sns.postForObject(
                "/drs/scan-box",
                "{\"serialNumber\":\"TEST_SERIAL_01\",\"modelId\":\"TEST_MODEL_DRS_PREREG_01\","
                        + "\"directedCustomerId\":\"amzn1.account.IT\",\"lwaClientId\":\"amzn1.application-oa2-client.it\"}");
        String messageId = published.getString("messageId");
        JsonObject delivered = sns.awaitReceived(sink, body -> messageId.equals(body.getString("MessageId")), 1)
                .get(0);
        JsonObject notification = parse(delivered.getString("body"));
        JsonObject notificationHeaders = delivered.getJsonObject("headers");
        assertEquals("Notification", notificationHeaders.getString("x-amz-sns-message-type"));
        assertEquals(messageId, notificationHeaders.getString("x-amz-sns-message-id"));
        assertEquals(subscriptionArn, notificationHeaders.getString("x-amz-sns-subscription-arn"));
        assertEquals(
                base + "?Action=Unsubscribe&SubscriptionArn=" + subscriptionArn,
                notification.getString("UnsubscribeURL"));
        assertTrue(sns.signatureVerifies(notification));
        JsonObject drs = parse(notification.getString("Message"));
        assertEquals(List.of("notificationInfo", "deviceInfo", "customerInfo"), List.copyOf(drs.keySet()));
        assertEquals(
                "DeviceRegisteredNotification",
                drs.getJsonObject("notificationInfo").getString("notificationType"));
        assertEquals("2015-06-05", drs.getJsonObject("notificationInfo").getString("version"));
        assertEquals(
                "amzn1.application-oa2-client.it",
                drs.getJsonObject("notificationInfo").getString("lwaClientId"));
        assertEquals(
                "TEST_SERIAL_01",
                drs.getJsonObject("deviceInfo")
                        .getJsonObject("deviceIdentifier")
                        .getString("serialNumber"));
        assertEquals(
                "TEST_MODEL_DRS_PREREG_01",
                drs.getJsonObject("deviceInfo")
                        .getJsonObject("productIdentifier")
                        .getString("modelId"));
        assertEquals("amzn1.account.IT", drs.getJsonObject("customerInfo").getString("directedCustomerId"));

        // The UnsubscribeURL ends it, with an UnsubscribeConfirmation to the endpoint.
        HttpResponse<String> unsubscribed = sns.getUrl(notification.getString("UnsubscribeURL"));
        assertEquals(200, unsubscribed.statusCode());
        assertTrue(unsubscribed.body().contains("<UnsubscribeResponse"), unsubscribed.body());
        JsonObject goodbye = sns.awaitReceived(
                        sink, body -> "UnsubscribeConfirmation".equals(body.getString("Type")), 1)
                .get(0);
        assertEquals(subscriptionArn, goodbye.getJsonObject("headers").getString("x-amz-sns-subscription-arn"));
        assertTrue(sns.signatureVerifies(parse(goodbye.getString("body"))));
        assertEquals("unsubscribed", status(subscriptionArn));
    }

    @Test
    void aFiveHundredIsRetriedWithTheSameMessageIdAndAFourHundredIsNot() throws Exception {
        threeQuickRetriesForEverySubscription();
        JsonObject topic = sns.postForObject("/topics", "{\"name\":\"kakehashi-it-retries\",\"signatureVersion\":2}");
        String topicArn = topic.getString("arn");
        assertEquals(2, topic.getInt("signatureVersion"));
        confirmedSubscription(topicArn);

        assertEquals(
                204,
                sns.put("/sink/" + sink + "/answers", "{\"statuses\":[500,200]}")
                        .statusCode());
        String retried = sns.postForObject(
                        "/publish",
                        "{\"topicArn\":" + quote(topicArn) + ",\"subject\":\"Retry\",\"message\":\"hello\"}")
                .getString("messageId");
        List<JsonObject> attempts = sns.awaitReceived(sink, body -> retried.equals(body.getString("MessageId")), 2);
        assertEquals(500, attempts.get(0).getInt("answeredStatus"));
        assertEquals(200, attempts.get(1).getInt("answeredStatus"));
        assertEquals(
                attempts.get(0).getString("body"),
                attempts.get(1).getString("body"),
                "the same message, MessageId and signature");
        JsonObject notification = parse(attempts.get(1).getString("body"));
        assertEquals("2", notification.getString("SignatureVersion"));
        assertEquals("Retry", notification.getString("Subject"));
        assertTrue(sns.signatureVerifies(notification));
        List<JsonObject> log = sns.awaitDeliveries(
                retried, entries -> entries.stream().anyMatch(e -> "DELIVERED".equals(e.getString("outcome"))));
        assertEquals(
                List.of("DELIVERED", "RETRY"),
                log.stream().map(e -> e.getString("outcome")).toList());

        assertEquals(
                204,
                sns.put("/sink/" + sink + "/answers", "{\"statuses\":[400]}").statusCode());
        String refused = sns.postForObject(
                        "/publish", "{\"topicArn\":" + quote(topicArn) + ",\"message\":\"no retry\"}")
                .getString("messageId");
        List<JsonObject> failed = sns.awaitDeliveries(refused, entries -> !entries.isEmpty());
        assertEquals("FAILED_PERMANENTLY", failed.get(0).getString("outcome"));
        assertEquals(400, failed.get(0).getInt("status"));
        // Five retry delays of the test profile: a retry would have come by now
        jp.kakehashi.testsupport.Await.holdsFor(
                java.time.Duration.ofSeconds(1),
                "a 400 is not retried",
                () -> sns.received(sink).stream()
                                .filter(r -> r.getString("body").contains(refused))
                                .count()
                        == 1);
    }

    @Test
    void theSnsEndpointAnswersBadRequestsWithSnssErrors() {
        Http http = new Http();
        HttpResponse<String> badToken = http.get(
                "/amazon-sandbox/api/sns/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-east-1:123456789012:kakehashi-drs&Token=nope");
        HttpResponse<String> unknownTopic = http.get(
                "/amazon-sandbox/api/sns/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-east-1:123456789012:none&Token=x");
        HttpResponse<String> unknownAction = http.get("/amazon-sandbox/api/sns/?Action=DeleteTopic");
        HttpResponse<String> unknownCertificate =
                http.get("/amazon-sandbox/api/sns/SimpleNotificationService-00000000000000000000000000000000.pem");

        assertEquals(400, badToken.statusCode());
        assertTrue(badToken.body().contains("<Code>InvalidParameter</Code>"), badToken.body());
        assertEquals(404, unknownTopic.statusCode());
        assertTrue(unknownTopic.body().contains("<Code>NotFound</Code>"), unknownTopic.body());
        assertEquals(400, unknownAction.statusCode());
        assertEquals(404, unknownCertificate.statusCode());
        assertEquals(
                400,
                sns.post("/subscriptions", "{\"endpoint\":\"ftp://nowhere\"}").statusCode());
        assertEquals(400, sns.post("/drs/scan-box", "{\"serialNumber\":\"S\"}").statusCode());
        assertEquals(
                400,
                sns.put("/delivery-policy", "{\"maxRetries\":-1,\"retryDelay\":\"PT1S\",\"requestTimeout\":\"PT1S\"}")
                        .statusCode());
    }

    @Test
    void theConsoleShowsTopicsAndTheCertificateUrl() {
        HttpResponse<String> page = new Http().get("/amazon-sandbox/console/sns.xhtml");
        String certificateUrl = parse(sns.get("").body()).getString("signingCertUrl");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("arn:aws:sns:us-east-1:123456789012:kakehashi-drs"));
        assertTrue(page.body().contains(certificateUrl));
        assertTrue(page.body().contains("Publish DRS notification"));
        HttpResponse<String> pem = sns.getUrl(certificateUrl);
        assertTrue(pem.body().startsWith("-----BEGIN CERTIFICATE-----"));
        assertFalse(pem.headers().firstValue("content-type").orElse("").isEmpty());
    }

    @Test
    void aSubscriptionsOwnDeliveryPolicyOverridesTheSandboxWideOne() throws Exception {
        threeQuickRetriesForEverySubscription();
        JsonObject topic = sns.postForObject("/topics", "{\"name\":\"kakehashi-it-own-policy\"}");
        String topicArn = topic.getString("arn");
        confirmedSubscription(
                topicArn,
                ",\"deliveryPolicy\":{\"maxRetries\":0,\"retryDelay\":\"PT0.2S\",\"requestTimeout\":\"PT10S\"}");
        assertEquals(
                204,
                sns.put("/sink/" + sink + "/answers", "{\"statuses\":[500,200]}")
                        .statusCode());

        String messageId = sns.postForObject("/publish", "{\"topicArn\":" + quote(topicArn) + ",\"message\":\"once\"}")
                .getString("messageId");

        List<JsonObject> log = sns.awaitDeliveries(messageId, entries -> !entries.isEmpty());
        assertEquals("GAVE_UP", log.get(0).getString("outcome"), "no retry under the subscription's own policy");
        assertEquals(500, log.get(0).getInt("status"));
        assertEquals(
                3,
                SnsSandboxClient.parse(sns.get("/delivery-policy").body()).getInt("maxRetries"),
                "the sandbox-wide policy is unchanged");
    }

    /** The sandbox-wide delivery policy: 3 retries, 0.2 s apart (reset after each test). */
    private void threeQuickRetriesForEverySubscription() {
        assertEquals(
                200,
                sns.put("/delivery-policy", "{\"maxRetries\":3,\"retryDelay\":\"PT0.2S\",\"requestTimeout\":\"PT10S\"}")
                        .statusCode());
    }

    private void confirmedSubscription(String topicArn) {
        confirmedSubscription(topicArn, "");
    }

    /** attributes: more members of the subscribe request, each after a comma (e.g. its own delivery policy). */
    private void confirmedSubscription(String topicArn, String attributes) {
        JsonObject subscription = sns.postForObject(
                "/subscriptions",
                "{\"topicArn\":" + quote(topicArn) + ",\"endpoint\":" + quote(sns.sinkUrl(sink)) + attributes + "}");
        subscriptions.add(subscription.getString("subscriptionArn"));
        JsonObject confirmation =
                parse(sns.awaitReceived(sink, body -> "SubscriptionConfirmation".equals(body.getString("Type")), 1)
                        .get(0)
                        .getString("body"));
        assertNull(SnsSandboxClient.string(confirmation, "Subject"));
        assertEquals(200, sns.getUrl(confirmation.getString("SubscribeURL")).statusCode());
    }

    private String status(String subscriptionArn) {
        return SnsSandboxClient.parse("{\"list\":" + sns.get("/subscriptions").body() + "}")
                .getJsonArray("list")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> subscriptionArn.equals(s.getString("subscriptionArn")))
                .findFirst()
                .orElseThrow()
                .getString("status");
    }
}
