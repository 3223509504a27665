package jp.kakehashi.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The sandbox's fault injection (/amazon-sandbox/api/sandbox/faults) for tests: inject, clear, count requests. */
public final class SandboxFaults {

    private static final String FAULTS = "/amazon-sandbox/api/sandbox/faults";

    private final Http http;

    public SandboxFaults(Http http) {
        this.http = http;
    }

    /** A fault as JSON, e.g. {@code {"status":503}}, on an endpoint such as GET_BUYER or LWA_TOKEN; the answer. */
    public HttpResponse<String> put(String endpoint, String fault) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri(FAULTS + "/" + endpoint))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(fault))
                .build());
    }

    /** The same, failing the test unless the sandbox took it. */
    public void inject(String endpoint, String fault) {
        HttpResponse<String> injected = put(endpoint, fault);
        if (injected.statusCode() != 204) {
            throw new AssertionError("fault not injected: " + injected.statusCode() + " " + injected.body());
        }
    }

    public void clear(String endpoint) {
        http.send(HttpRequest.newBuilder(KakehashiServer.uri(FAULTS + "/" + endpoint))
                .DELETE()
                .build());
    }

    public void clearAll() {
        http.send(HttpRequest.newBuilder(KakehashiServer.uri(FAULTS)).DELETE().build());
    }

    /** How many requests the endpoint has received since the sandbox started. */
    public long requests(String endpoint) {
        JsonObject requests = Json.createReader(
                        new StringReader(http.get(FAULTS + "/requests").body()))
                .readObject();
        return requests.containsKey(endpoint) ? requests.getJsonNumber(endpoint).longValue() : 0;
    }
}
