package jp.kakehashi.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SandboxFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's fault injection over HTTP, as other tests will use it. */
class SandboxFaultsIT {

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @AfterEach
    void clearFaults() {
        new SandboxFaults(http).clearAll();
    }

    @Test
    void aCountedFaultAnswersWithAmazonsErrorShapeThenStops() {
        assertEquals(
                204,
                putFault("GET_BUYER", "{\"latencyMillis\":0,\"status\":503,\"dropConnection\":false,\"times\":1}")
                        .statusCode());

        HttpResponse<String> faulted = http.get("/amazon-sandbox/api/pay/v2/buyers/any-token");
        HttpResponse<String> after = http.get("/amazon-sandbox/api/pay/v2/buyers/any-token");

        assertEquals(503, faulted.statusCode());
        assertTrue(faulted.body().contains("\"reasonCode\":\"ServiceUnavailable\""), faulted.body());
        assertTrue(faulted.headers().firstValue("x-amz-pay-request-id").isPresent());
        assertNotEquals(503, after.statusCode());
    }

    @Test
    void aFaultThatMakesNoSenseIsRefused() {
        HttpResponse<String> refused =
                putFault("GET_BUYER", "{\"latencyMillis\":0,\"status\":0,\"dropConnection\":false,\"times\":1}");

        assertEquals(400, refused.statusCode());
        assertEquals("{}", http.get("/amazon-sandbox/api/sandbox/faults").body());
    }

    @Test
    void anUnknownEndpointIsNotFound() {
        assertEquals(
                404,
                putFault("NO_SUCH_ENDPOINT", "{\"latencyMillis\":10,\"status\":0,\"dropConnection\":false,\"times\":1}")
                        .statusCode());
    }

    @Test
    void theConsoleShowsItsPages() {
        HttpResponse<String> overview = http.get("/amazon-sandbox/");
        HttpResponse<String> faults = http.get("/amazon-sandbox/console/faults.xhtml");

        assertEquals(200, overview.statusCode());
        assertTrue(overview.body().contains("Amazon sandbox"));
        assertEquals(200, faults.statusCode());
        assertTrue(faults.body().contains("Inject fault"));
    }

    private HttpResponse<String> putFault(String endpoint, String json) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/faults/" + endpoint))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
