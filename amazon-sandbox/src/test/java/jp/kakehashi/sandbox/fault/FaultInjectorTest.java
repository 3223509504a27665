package jp.kakehashi.sandbox.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private final FaultInjector injector = new FaultInjector();

    @Test
    void aCountedFaultAppliesToThatManyRequestsThenClears() {
        injector.inject(SandboxEndpoint.GET_BUYER, new Fault(0, 503, false, 2));

        assertEquals(503, injector.next(SandboxEndpoint.GET_BUYER).orElseThrow().status());
        assertEquals(503, injector.next(SandboxEndpoint.GET_BUYER).orElseThrow().status());
        assertTrue(injector.next(SandboxEndpoint.GET_BUYER).isEmpty());
    }

    @Test
    void anUncountedFaultStaysUntilCleared() {
        injector.inject(SandboxEndpoint.LWA_TOKEN, new Fault(10, 0, false, 0));
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    10, injector.next(SandboxEndpoint.LWA_TOKEN).orElseThrow().latencyMillis());
        }
        injector.clear(SandboxEndpoint.LWA_TOKEN);
        assertEquals(Optional.empty(), injector.next(SandboxEndpoint.LWA_TOKEN));
    }

    @Test
    void faultsOnOneEndpointLeaveTheOthersAlone() {
        injector.inject(SandboxEndpoint.GET_BUYER, new Fault(0, 429, false, 0));
        assertTrue(injector.next(SandboxEndpoint.LWA_TOKEN).isEmpty());
    }

    @Test
    void aFaultMustDoSomethingSensible() {
        assertThrows(IllegalArgumentException.class, () -> new Fault(0, 0, false, 1));
        assertThrows(IllegalArgumentException.class, () -> new Fault(-1, 503, false, 1));
        assertThrows(IllegalArgumentException.class, () -> new Fault(0, 200, false, 1));
        assertThrows(IllegalArgumentException.class, () -> new Fault(Fault.MAX_LATENCY_MILLIS + 1, 0, false, 1));
    }

    @Test
    void endpointsAreRecognisedByMethodAndPath() {
        assertEquals(Optional.of(SandboxEndpoint.GET_BUYER), SandboxEndpoint.of("GET", "/api/pay/v2/buyers/abc"));
        assertEquals(
                Optional.of(SandboxEndpoint.GET_BUYER), SandboxEndpoint.of("GET", "/api/pay/sandbox/v2/buyers/abc"));
        assertEquals(Optional.of(SandboxEndpoint.GET_BUYER), SandboxEndpoint.of("GET", "/api/pay/live/v2/buyers/abc"));
        assertEquals(Optional.empty(), SandboxEndpoint.of("GET", "/api/pay/test/v2/buyers/abc"));
        assertEquals(Optional.of(SandboxEndpoint.LWA_TOKEN), SandboxEndpoint.of("POST", "/api/lwa/auth/o2/token"));
        assertEquals(Optional.empty(), SandboxEndpoint.of("GET", "/api/lwa/auth/o2/token"));
    }

    @Test
    void errorBodiesHaveEachServicesShape() {
        assertTrue(SandboxEndpoint.GET_BUYER.errorStyle().body(429).contains("\"reasonCode\":\"TooManyRequests\""));
        assertTrue(SandboxEndpoint.LWA_TOKEN.errorStyle().body(503).contains("\"error\":\"temporarily_unavailable\""));
    }

    @Test
    void aFaultForOneGrantTypeIsNeitherAppliedToNorSpentByAnother() {
        FaultInjector injector = new FaultInjector();
        injector.inject(SandboxEndpoint.LWA_TOKEN, new Fault(0, 503, false, 1, false, "authorization_code"));

        assertTrue(injector.next(SandboxEndpoint.LWA_TOKEN, "refresh_token").isEmpty(), "a refresh meanwhile");
        assertTrue(
                injector.next(SandboxEndpoint.LWA_TOKEN, "authorization_code").isPresent());
        assertTrue(
                injector.next(SandboxEndpoint.LWA_TOKEN, "authorization_code").isEmpty(), "spent once");
        assertEquals(2L, injector.requestsByGrant().get("LWA_TOKEN:authorization_code"));
        assertEquals(1L, injector.requestsByGrant().get("LWA_TOKEN:refresh_token"));
        assertEquals(3L, injector.requests().get(SandboxEndpoint.LWA_TOKEN));
    }
}
