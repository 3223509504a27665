package jp.kakehashi.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The companion app API (/api/devices) as one member calls it, with HTTP Basic. */
public final class MemberApi {

    private final Http http;
    private final String authorization;

    public MemberApi(Http http, String email, String password) {
        this.http = http;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The request with this member's HTTP Basic credentials. */
    public HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", authorization);
    }

    public HttpResponse<String> setUp(String model, String serial) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices/setup"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("modelId", model)
                        .add("serialNumber", serial)
                        .build()
                        .toString()))
                .build());
    }

    /** The status of GET /api/devices: 401 when these credentials are nobody's. */
    public int setUpStatus() {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices"))
                        .header("Authorization", authorization)
                        .GET()
                        .build())
                .statusCode();
    }

    public HttpResponse<String> remove(String model, String serial) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices/" + model + "/" + serial))
                .header("Authorization", authorization)
                .DELETE()
                .build());
    }

    public JsonArray devices() {
        HttpResponse<String> devices = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices"))
                .header("Authorization", authorization)
                .GET()
                .build());
        if (devices.statusCode() != 200) {
            throw new AssertionError("GET /api/devices answered " + devices.statusCode() + ": " + devices.body());
        }
        return Json.createReader(new StringReader(devices.body())).readArray();
    }

    public Optional<JsonObject> device(String serial) {
        return devices().getValuesAs(JsonObject.class).stream()
                .filter(device -> device.getString("serialNumber").equals(serial))
                .findFirst();
    }

    /** PUT /api/devices/{model}/{serial}/slots/{slot}: the device reports a slot's level. */
    public HttpResponse<String> reportSlot(
            String model, String serial, String slot, String remaining, String original) {
        return http.send(
                HttpRequest.newBuilder(KakehashiServer.uri("/api/devices/" + model + "/" + serial + "/slots/" + slot))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"remainingQuantityInUnit\":" + remaining
                                + ",\"originalQuantityInUnit\":" + original + "}"))
                        .build());
    }

    /** GET /api/devices/{model}/{serial}/slots: each slot with its level and latest order. */
    public JsonArray slots(String model, String serial) {
        HttpResponse<String> slots =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices/" + model + "/" + serial + "/slots"))
                        .header("Authorization", authorization)
                        .GET()
                        .build());
        if (slots.statusCode() != 200) {
            throw new AssertionError("GET slots answered " + slots.statusCode() + ": " + slots.body());
        }
        return Json.createReader(new StringReader(slots.body())).readArray();
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
