package jp.kakehashi.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The admin API (/api/admin) as an operator's script calls it. */
public final class AdminApi {

    private final Http http;

    public AdminApi(Http http) {
        this.http = http;
    }

    /** POST with a JSON body, as every state-changing admin call takes. */
    public HttpResponse<String> post(String path, String json) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin" + path))
                .header("Authorization", AdminPages.basicAuthorization())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> put(String path, String json) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin" + path))
                .header("Authorization", AdminPages.basicAuthorization())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** DELETE with a JSON body (an empty object), as state-changing admin calls take. */
    public HttpResponse<String> delete(String path) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin" + path))
                .header("Authorization", AdminPages.basicAuthorization())
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    }

    public HttpResponse<String> get(String path) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin" + path))
                .header("Authorization", AdminPages.basicAuthorization())
                .GET()
                .build());
    }

    /** Refreshes one device's tokens now: whether Amazon gave new ones. */
    public boolean refresh(long deviceId) {
        HttpResponse<String> refreshed = post("/devices/" + deviceId + "/tokens/refresh", "{}");
        if (refreshed.statusCode() != 200) {
            throw new AssertionError("refresh answered " + refreshed.statusCode() + ": " + refreshed.body());
        }
        return json(refreshed).getBoolean("refreshed");
    }

    public JsonArray parkedReasons() {
        return Json.createReader(new StringReader(get("/sns/parked").body())).readArray();
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
