package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the SNS endpoint answers to deliveries it must not accept. */
class SnsEndpointIT {

    private static final String ENDPOINT = "/sns/notifications";

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void aRealAwsMessageForATopicWeDoNotAcceptIsForbidden() throws IOException {
        Path fixture = Path.of(System.getProperty("kakehashi.sns-fixtures.dir"), "javav2-notification-v2.json");
        long forbiddenBefore = counter("forbidden", "topic_not_accepted");

        HttpResponse<String> response = post(Files.readString(fixture), "Notification");

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("topic not accepted"), response.body());
        assertEquals(forbiddenBefore + 1, counter("forbidden", "topic_not_accepted"));
    }

    @Test
    void aBodyThatIsNotAnSnsMessageIsABadRequest() {
        HttpResponse<String> response = post("{\"Type\":\"Notification\"}", "Notification");

        assertEquals(400, response.statusCode());
        assertTrue(
                response.body().startsWith("not an SNS message:")
                        && response.body().contains("is missing"),
                response.body());
        assertEquals(400, post("<xml/>", null).statusCode());
    }

    @Test
    void aTypeHeaderThatContradictsTheBodyIsABadRequest() throws IOException {
        Path fixture = Path.of(System.getProperty("kakehashi.sns-fixtures.dir"), "javav2-notification-v2.json");

        assertEquals(
                400, post(Files.readString(fixture), "SubscriptionConfirmation").statusCode());
    }

    @Test
    void aBodyLargerThanSnsAllowsIsTooLarge() {
        String huge = "{\"Message\":\"" + "x".repeat(300 * 1024) + "\"}";

        assertEquals(413, post(huge, "Notification").statusCode());
    }

    private HttpResponse<String> post(String body, String messageType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(KakehashiServer.uri(ENDPOINT))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (messageType != null) {
            request.header("x-amz-sns-message-type", messageType);
        }
        return http.send(request.build());
    }

    /** The value of one SNS delivery counter in the Prometheus output of /metrics (0 before its first use). */
    private long counter(String outcome, String detail) {
        String metrics = http.get("/metrics?scope=application").body();
        return metrics.lines()
                .filter(line -> line.startsWith("kakehashi_sns_deliveries_total{"))
                .filter(line ->
                        line.contains("outcome=\"" + outcome + "\"") && line.contains("detail=\"" + detail + "\""))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .mapToLong(value -> (long) Double.parseDouble(value))
                .findFirst()
                .orElse(0);
    }
}
