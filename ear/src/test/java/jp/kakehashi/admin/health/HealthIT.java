package jp.kakehashi.admin.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthIT {

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void readinessReportsTheDatabaseTheMessagingEngineAndTheSettings() {
        HttpResponse<String> response = http.get("/health/ready");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", health.getString("status"));
        Map<String, String> checks = health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check.getString("status")));
        // configuration: the settings check, which the default profile does not ask for (always UP here)
        assertEquals(Map.of("database", "UP", "messaging", "UP", "configuration", "UP"), checks);
    }

    @Test
    void livenessAndStartupAreUp() {
        assertEquals(200, http.get("/health/live").statusCode());
        assertEquals(200, http.get("/health/started").statusCode());
    }
}
