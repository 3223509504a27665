package jp.kakehashi.sandbox.lwa;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;

/** What the LWA ITs share: the token endpoint, the control API and the DRS pre-registration guide's bodies. */
final class LwaSandbox {

    static final String TOKEN_PATH = "/amazon-sandbox/api/lwa/auth/o2/token";
    static final String CONTROL_PATH = "/amazon-sandbox/api/sandbox/lwa";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";
    static final String DEMO_CLIENT_ID = "amzn1.application-oa2-client.kakehashi-demo";

    /** The DRS pre-registration guide's JSON example, byte for byte. */
    static final String SEED_JSON_BODY = """
            {
              "grant_type": "device_preregistration",
              "client_id":"foodev",
              "client_secret":"Y76SDl2F",
              "scope":"dash:replenish",
              "scope_data":{
                "product_instance_attributes": {
                  "device_serial_number": "<deviceSerialNumber>",
                  "device_model": "<deviceModel>"
                }
              }
            }""";

    /** The DRS pre-registration guide's form example, byte for byte. */
    static final String SEED_FORM_BODY = "grant_type=device_preregistration&client_id=foodev&client_secret=Y76SDl2F"
            + "&scope=dash%3Areplenish&scope_data=%7B%22product_instance_attributes%22%3A+%7B%22device_serial_number%22"
            + "%3A+%22%3CdeviceSerialNumber%3E%22%2C%22device_model%22%3A+%22%3CdeviceModel%3E%22%7D%7D";

    private final Http http = new Http();

    static String seedJson(String serial, String model) {
        return SEED_JSON_BODY.replace("<deviceSerialNumber>", serial).replace("<deviceModel>", model);
    }

    static String seedForm(String serial, String model) {
        return SEED_FORM_BODY.replace("%3CdeviceSerialNumber%3E", serial).replace("%3CdeviceModel%3E", model);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> enc(field.getKey()) + "=" + enc(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static JsonStructure jsonStructure(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    /** The demo client's secret, from the file the sandbox generated at its first start. */
    static String demoSecret() {
        Path file = Path.of(
                System.getProperty("wlp.dir"),
                "usr",
                "servers",
                System.getProperty("liberty.server.name", "kakehashi"),
                "data",
                "sandbox",
                "lwa",
                "demo-client.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox did not create " + file, e);
        }
        return properties.getProperty("client_secret");
    }

    HttpResponse<String> token(String contentType, String body) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri(TOKEN_PATH))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    HttpResponse<String> get(String path) {
        return http.get(path);
    }

    HttpResponse<String> postJson(String path, String json) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri(path))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    HttpResponse<String> delete(String path) {
        return http.send(
                HttpRequest.newBuilder(KakehashiServer.uri(path)).DELETE().build());
    }
}
