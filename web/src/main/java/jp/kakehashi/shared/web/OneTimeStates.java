package jp.kakehashi.shared.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Unguessable one-time values that bind a round trip through Amazon to the session that started it (OAuth's
 * {@code state}), each carrying what the return needs. Kept in a session-scoped bean; good once, for a while.
 *
 * @param <T> what the return needs to know
 */
public class OneTimeStates<T extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Pending<T>(T value, Instant issuedAt) implements Serializable {}

    private final Duration lifetime;
    private final int maxPending;
    private final Map<String, Pending<T>> pending = new HashMap<>();

    public OneTimeStates(Duration lifetime, int maxPending) {
        this.lifetime = lifetime;
        this.maxPending = maxPending;
    }

    public synchronized String issue(T value) {
        Instant now = Instant.now();
        pending.values().removeIf(entry -> entry.issuedAt().plus(lifetime).isBefore(now));
        if (pending.size() >= maxPending) {
            // Many tabs or reloads: the oldest goes, the other open pages keep working.
            pending.entrySet().stream()
                    .min(Comparator.comparing(entry -> entry.getValue().issuedAt()))
                    .ifPresent(oldest -> pending.remove(oldest.getKey()));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        pending.put(state, new Pending<>(value, now));
        return state;
    }

    /** What the state was issued with, once; empty when unknown, used or expired. */
    public synchronized Optional<T> consume(String state) {
        Pending<T> entry = state == null ? null : pending.remove(state);
        return entry == null || entry.issuedAt().plus(lifetime).isBefore(Instant.now())
                ? Optional.empty()
                : Optional.of(entry.value());
    }
}
