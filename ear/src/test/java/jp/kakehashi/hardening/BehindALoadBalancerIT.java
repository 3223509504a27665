package jp.kakehashi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * X-Forwarded-For is believed from a trusted proxy only. The test server trusts 127.0.0.1 and 127.0.0.2
 * (ear/src/test/liberty/server.env, KAKEHASHI_TRUSTED_PROXIES): a request from 127.0.0.2 is a balancer's, and the sign-in
 * throttle counts the shopper's address from the header, so one shopper's guesses do not lock everyone else out. A
 * request from 127.0.0.3 is an untrusted client's: its header is ignored, whatever address it names.
 */
class BehindALoadBalancerIT {

    private static final InetAddress BALANCER = address("127.0.0.2");
    private static final InetAddress CLIENT = address("127.0.0.3");

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void theThrottleSeesTheShoppersAddressNotTheBalancers() {
        String account = "proxied-" + UUID.randomUUID() + "@example.jp";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, basicGuess(BALANCER, account, "203.0.113.7").status(), "attempt " + attempt);
        }

        assertEquals(429, basicGuess(BALANCER, account, "203.0.113.7").status(), "the guessing shopper waits");
        assertEquals(
                401,
                basicGuess(BALANCER, account, "198.51.100.9").status(),
                "another shopper behind the same balancer does not");
    }

    @Test
    void anUntrustedClientsForgedAddressIsIgnored() {
        String account = "forged-" + UUID.randomUUID() + "@example.jp";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(
                    400, passwordGrant(CLIENT, account, "203.0.113." + attempt).status(), "attempt " + attempt);
        }

        assertEquals(
                429,
                passwordGrant(CLIENT, account, "203.0.113.99").status(),
                "the 6th failure is refused, as without the header: the forged address changed nothing");
        assertEquals(429, basicGuess(CLIENT, account, "198.51.100.10").status(), "HTTP Basic counts the same address");
    }

    private static RawHttp.Response basicGuess(InetAddress from, String account, String forwardedFor) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Forwarded-For", forwardedFor);
        headers.put(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (account + ":wrong " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
        return RawHttp.send(from, "GET", "/api/devices", headers, null);
    }

    private static RawHttp.Response passwordGrant(InetAddress from, String account, String forwardedFor) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Forwarded-For", forwardedFor);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return RawHttp.send(
                from,
                "POST",
                "/api/auth/token",
                headers,
                "grant_type=password&username=" + URLEncoder.encode(account, StandardCharsets.UTF_8)
                        + "&password=wrong-" + UUID.randomUUID());
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
