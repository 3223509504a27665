package jp.kakehashi.sandbox.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;

/** The SNS sandbox's control API and sink as the ITs use them, and an independent SNS signature check. */
final class SnsSandboxClient {

    static final String CONTROL = "/amazon-sandbox/api/sandbox/sns";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Http http = new Http();

    HttpResponse<String> post(String path, String json) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri(CONTROL + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> put(String path, String json) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri(CONTROL + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> delete(String path) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri(CONTROL + path))
                .DELETE()
                .build());
    }

    HttpResponse<String> get(String path) {
        return http.get(CONTROL + path);
    }

    /** A GET of an absolute URL the sandbox handed out (SubscribeURL, UnsubscribeURL, SigningCertURL). */
    HttpResponse<String> getUrl(String url) {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build());
    }

    JsonObject postForObject(String path, String json) {
        HttpResponse<String> response = post(path, json);
        assertEquals(true, response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return parse(response.body());
    }

    String sinkUrl(String sink) {
        return KakehashiServer.baseUrl() + CONTROL + "/sink/" + sink;
    }

    List<JsonObject> received(String sink) {
        JsonArray received =
                Json.createReader(new StringReader(get("/sink/" + sink).body())).readArray();
        return received.getValuesAs(JsonObject.class);
    }

    /** Waits until the sink has received a request that matches, and returns every such request. */
    List<JsonObject> awaitReceived(String sink, Predicate<JsonObject> body, int count) {
        return jp.kakehashi.testsupport.Await.present(
                () -> Optional.of(received(sink).stream()
                                .filter(r -> body.test(parse(r.getString("body"))))
                                .toList())
                        .filter(matching -> matching.size() >= count),
                WAIT);
    }

    List<JsonObject> awaitDeliveries(String messageId, Predicate<List<JsonObject>> done) {
        return jp.kakehashi.testsupport.Await.present(
                () -> Optional.of(Json.createReader(new StringReader(get("/deliveries?messageId=" + messageId)
                                        .body()))
                                .readArray()
                                .getValuesAs(JsonObject.class))
                        .filter(done),
                WAIT);
    }

    /** Checks a body's signature with the certificate fetched from its SigningCertURL, independently of the sandbox's code. */
    boolean signatureVerifies(JsonObject message) throws Exception {
        HttpResponse<String> pem = getUrl(message.getString("SigningCertURL"));
        assertEquals(200, pem.statusCode());
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.body().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(
                "CN=sns.amazonaws.com", certificate.getSubjectX500Principal().getName());
        certificate.checkValidity();
        List<String> keys = "Notification".equals(message.getString("Type"))
                ? List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
                : List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");
        StringBuilder text = new StringBuilder();
        for (String key : keys) {
            if (message.containsKey(key)) {
                text.append(key).append('\n').append(message.getString(key)).append('\n');
            }
        }
        Signature signature = Signature.getInstance(
                "1".equals(message.getString("SignatureVersion")) ? "SHA1withRSA" : "SHA256withRSA");
        signature.initVerify(certificate.getPublicKey());
        signature.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return signature.verify(Base64.getDecoder().decode(message.getString("Signature")));
    }

    static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static String quote(String text) {
        return Json.createValue(text).toString();
    }

    static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString text ? text.getString() : null;
    }
}
