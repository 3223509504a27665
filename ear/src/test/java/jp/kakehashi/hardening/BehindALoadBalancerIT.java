package jp.kakehashi.hardening;

import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Behind a trusted proxy (here: this machine, kakehashi.trusted-proxies' default) the sign-in throttle counts the
 * shopper's address from X-Forwarded-For, not the proxy's: one shopper's guesses do not lock everyone else out.
 */
class BehindALoadBalancerIT {

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void theThrottleSeesTheShoppersAddressNotTheBalancers() {
        String account = "proxied-" + UUID.randomUUID() + "@example.jp";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, guess(account, "203.0.113.7").statusCode(), "attempt " + attempt);
        }

        assertEquals(429, guess(account, "203.0.113.7").statusCode(), "the guessing shopper waits");
        assertEquals(401, guess(account, "198.51.100.9").statusCode(), "another shopper behind the same balancer does not");
    }

    private HttpResponse<String> guess(String account, String shopper) {
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/devices"))
                .header("X-Forwarded-For", shopper)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (account + ":wrong " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)))
                .GET().build());
    }
}
