package jp.kakehashi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A setting from the environment outranks the profile's value: the build's server runs the default profile, whose
 * sns.topic-arns names only the sandbox's DRS topic, with SNS_TOPIC_ARNS in its environment (server.env, from
 * ear/src/test/liberty/server.env) naming a second topic as well. A subscription to that second topic is
 * confirmed: Kakehashi accepts its messages.
 */
class SettingsFromTheEnvironmentIT {

    private static final String PROBE_TOPIC = "kakehashi-env-probe";

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void anEnvironmentVariableOverridesTheProfilesTopicList() {
        String topicArn = Json.createReader(new StringReader(
                        post("/topics", "{\"name\":\"" + PROBE_TOPIC + "\"}").body()))
                .readObject()
                .getString("arn");

        HttpResponse<String> subscribed = post(
                "/subscriptions",
                Json.createObjectBuilder()
                        .add("topicArn", topicArn)
                        .add("endpoint", KakehashiServer.baseUrl() + "/sns/notifications")
                        .build()
                        .toString());
        assertEquals(201, subscribed.statusCode(), subscribed.body());
        String subscriptionArn = Json.createReader(new StringReader(subscribed.body()))
                .readObject()
                .getString("subscriptionArn");

        JsonObject confirmed = Await.present(() -> Json.createReader(
                        new StringReader(http.get("/amazon-sandbox/api/sandbox/sns/subscriptions?topicArn=" + topicArn)
                                .body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("subscriptionArn").equals(subscriptionArn)
                        && s.getString("status").equals("confirmed"))
                .findFirst());
        assertEquals(topicArn, confirmed.getString("topicArn"));
    }

    private HttpResponse<String> post(String path, String json) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/sns" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
