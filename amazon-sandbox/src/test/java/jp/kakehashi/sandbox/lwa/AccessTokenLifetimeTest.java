package jp.kakehashi.sandbox.lwa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessTokenLifetimeTest {

    @Test
    void theControlApisLifetimeHoldsUntilItIsCleared() {
        AccessTokenLifetime lifetime = new AccessTokenLifetime();
        lifetime.config = new LwaSandboxConfig(
                Duration.ofHours(1), Duration.ofMinutes(5), "client", List.of("http://localhost"), "/data/sandbox");

        assertEquals(Duration.ofHours(1), lifetime.get());
        lifetime.override(Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(30), lifetime.get());
        assertThrows(IllegalArgumentException.class, () -> lifetime.override(Duration.ZERO));
        assertEquals(Duration.ofSeconds(30), lifetime.get(), "a refused lifetime changes nothing");
        lifetime.override(null);
        assertEquals(Duration.ofHours(1), lifetime.get());
    }

    @Test
    void theConfiguredLifetimesMustBePositiveAndTheOriginsAreTrimmed() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new LwaSandboxConfig(Duration.ofHours(1), Duration.ofMinutes(-5), "c", List.of(), "/d"));
        assertEquals(
                List.of("http://localhost", "https://localhost"),
                new LwaSandboxConfig(
                                Duration.ofHours(1),
                                Duration.ofMinutes(5),
                                "c",
                                List.of(" http://localhost", "", "https://localhost "),
                                "/d")
                        .allowedReturnOrigins());
    }
}
