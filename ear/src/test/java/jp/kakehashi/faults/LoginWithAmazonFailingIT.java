package jp.kakehashi.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.EarlyInTheMainLane;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SandboxFaults;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Login with Amazon's token endpoint answering 503 to every request: each device setup answers 503 with a clear
 * reason and stores nothing, retries stay bounded (at most three calls per setup), the circuit breaker opens (setups
 * stop reaching Amazon at all) and, once Amazon answers again and the breaker's delay (30 s) has passed, closes. An
 * answer slower than the read timeout (8 s) and a connection cut mid-answer are retried once.
 */
@EarlyInTheMainLane
class LoginWithAmazonFailingIT {

    private static final String PASSWORD = "breaker test password";
    private static final int CALLS_PER_SETUP = 3;

    private final Http http = new Http();
    private final SandboxFaults faults = new SandboxFaults(http);

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @AfterEach
    void clearFaults() {
        faults.clearAll();
    }

    @Test
    void theBreakerOpensWhileAmazonFailsAndClosesWhenItAnswersAgain() {
        String member = ShopPages.newMember("breaker", "遮断 試験", PASSWORD);
        faults.inject("LWA_TOKEN", "{\"status\":503}");

        int setups = 0;
        boolean open = false;
        while (!open && setups < 8) {
            long before = tokenRequests();
            String serial = serial();
            HttpResponse<String> setUp = setUp(member, serial);
            long calls = tokenRequests() - before;
            setups++;

            assertEquals(503, setUp.statusCode(), setUp.body());
            assertTrue(setUp.body().contains("\"message\""), "a reason: " + setUp.body());
            assertTrue(calls <= CALLS_PER_SETUP, "retries bounded: " + calls + " calls");
            assertTrue(!devices(member).contains(serial), "nothing stored for " + serial);
            open = calls == 0;
        }
        assertTrue(open, "the breaker did not open after " + setups + " failing setups");

        faults.clear("LWA_TOKEN");
        // The breaker's delay: poll every 2 s, each poll one call through it
        HttpResponse<String> answered = Await.present(
                () -> Optional.of(setUp(member, serial())).filter(response -> response.statusCode() != 503),
                Duration.ofSeconds(90),
                Duration.ofSeconds(2));
        assertEquals(
                200, answered.statusCode(), "closed again: Amazon's own answer (not pre-registered) comes through");
        assertEquals("NOT_PRE_REGISTERED", json(answered.body()).getString("outcome"));
    }

    @Test
    void aSlowAnswerOrACutConnectionAtTheTokenEndpointIsRetriedOnce() {
        String member = ShopPages.newMember("lwa-retry", "再試行 試験", PASSWORD);
        // Scoped to the pre-registration exchange: a refresh of another device meanwhile neither spends the fault nor
        // counts
        for (String fault : new String[] {
            "{\"latencyMillis\":9000,\"times\":1,\"grantType\":\"device_preregistration\"}",
            "{\"dropConnection\":true,\"times\":1,\"grantType\":\"device_preregistration\"}"
        }) {
            faults.inject("LWA_TOKEN", fault);
            long before = tokenRequests();

            HttpResponse<String> setUp = setUp(member, serial());

            assertEquals(200, setUp.statusCode(), fault + ": " + setUp.body());
            assertEquals("NOT_PRE_REGISTERED", json(setUp.body()).getString("outcome"), "Amazon's answer to the retry");
            assertEquals(2, tokenRequests() - before, "one failed call and one retry for " + fault);
        }
    }

    private HttpResponse<String> setUp(String member, String serial) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices/setup"))
                .header("Authorization", basic(member))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("modelId", TEST_MODEL)
                        .add("serialNumber", serial)
                        .build()
                        .toString()))
                .build());
    }

    private String devices(String member) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices"))
                        .header("Authorization", basic(member))
                        .GET()
                        .build())
                .body();
    }

    private long tokenRequests() {
        return faults.requests("LWA_TOKEN:device_preregistration");
    }

    /**
     * A serial of Amazon's whitelisted test model that nobody pre-registered (the sandbox has 01 and 02; other tests
     * pre-register 10 to 99): a test device needs no proof of the customer, so every setup asks Amazon, which answers
     * that it is not pre-registered.
     */
    private static String serial() {
        return "TEST_SERIAL_09";
    }

    private static final String TEST_MODEL = "TEST_MODEL_DRS_PREREG_01";

    private static String basic(String member) {
        return "Basic "
                + Base64.getEncoder().encodeToString((member + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
