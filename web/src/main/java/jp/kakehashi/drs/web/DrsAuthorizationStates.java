package jp.kakehashi.drs.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One-time OAuth {@code state} values for the standard DRS setup, bound to the session and the device. */
@SessionScoped
public class DrsAuthorizationStates implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The device a consent was asked for. */
    public record PendingSetup(String modelId, String serialNumber, Instant issuedAt) implements Serializable {
    }

    private final Map<String, PendingSetup> pending = new HashMap<>();

    public synchronized String issue(String modelId, String serialNumber) {
        Instant now = Instant.now();
        pending.values().removeIf(setup -> setup.issuedAt().plus(LIFETIME).isBefore(now));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        pending.put(state, new PendingSetup(modelId, serialNumber, now));
        return state;
    }

    public synchronized Optional<PendingSetup> consume(String state) {
        PendingSetup setup = state == null ? null : pending.remove(state);
        return setup == null || setup.issuedAt().plus(LIFETIME).isBefore(Instant.now()) ? Optional.empty() : Optional.of(setup);
    }
}
