package jp.kakehashi.sandbox.lwa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kakehashi.sandbox.lwa.domain.LwaClient;
import org.junit.jupiter.api.Test;

class LwaClientTest {

    private final LwaClient client =
            new LwaClient("id", "secret", "test", List.of("http://localhost", "https://shop.example"));

    @Test
    void returnUrlsOfAnAllowedOriginAreAccepted() {
        assertTrue(client.allowsReturnUrl("http://localhost:9280/amazon-sandbox/lwa/landing.xhtml"));
        assertTrue(client.allowsReturnUrl("https://shop.example/drs/callback?x=1"));
    }

    @Test
    void otherReturnUrlsAreRefused() {
        assertFalse(client.allowsReturnUrl(null));
        assertFalse(client.allowsReturnUrl("https://localhost/cb"));
        assertFalse(client.allowsReturnUrl("http://localhost:9080@evil.example/cb"));
        assertFalse(client.allowsReturnUrl("http://evil.example/?http://localhost"));
        assertFalse(client.allowsReturnUrl("http://localhost/cb#fragment"));
        assertFalse(client.allowsReturnUrl("/relative"));
        assertFalse(client.allowsReturnUrl("http://local host/"));
    }

    @Test
    void secretsAreComparedExactly() {
        assertTrue(client.secretMatches("secret"));
        assertFalse(client.secretMatches("Secret"));
        assertFalse(client.secretMatches(null));
    }
}
