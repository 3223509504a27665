package jp.kakehashi.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Where the Liberty server started by the build answers, and a wait until it is ready. */
public final class KakehashiServer {

    /** Five minutes (the application's start took more than 2 on a 2-core machine busy with other builds), or
     *  kakehashi.it.ready-timeout (an ISO-8601 duration). */
    private static final Duration READY_TIMEOUT =
            Duration.parse(System.getProperty("kakehashi.it.ready-timeout", "PT5M"));

    private KakehashiServer() {}

    public static String baseUrl() {
        return System.getProperty("kakehashi.base-url", "http://localhost:9180");
    }

    public static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** Waits until /health/ready answers 200, so that tests do not race the application's start. */
    public static void awaitReady() {
        awaitReady(baseUrl(), READY_TIMEOUT);
    }

    /** Waits until the Kakehashi at baseUrl (a server a test started of its own) answers 200 on /health/ready. */
    public static void awaitReady(String baseUrl, Duration timeout) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Await.until(
                () -> readiness(client, URI.create(baseUrl + "/health/ready")),
                "200"::equals,
                timeout,
                Duration.ofMillis(500),
                last -> "Kakehashi at " + baseUrl + " was not ready within " + timeout + ": " + last);
    }

    /** "200", or what came instead. */
    private static String readiness(HttpClient client, URI readiness) {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(readiness)
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? "200" : response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kakehashi", e);
        }
    }
}
