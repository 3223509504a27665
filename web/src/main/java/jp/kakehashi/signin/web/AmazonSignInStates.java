package jp.kakehashi.signin.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One-time values that bind an Amazon return URL to the session that asked for it (login CSRF): a return URL replayed
 * in another browser, or a second time, signs nobody in. (A buyerToken is also good once only: BuyerTokenRedemption.)
 */
@SessionScoped
public class AmazonSignInStates implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final int MAX_PENDING = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Pending(SignInPurpose purpose, Instant issuedAt) implements Serializable {
    }

    private final Map<String, Pending> pending = new HashMap<>();

    public synchronized String issue(SignInPurpose purpose) {
        Instant now = Clock.systemUTC().instant();
        pending.values().removeIf(entry -> entry.issuedAt().plus(LIFETIME).isBefore(now));
        if (pending.size() >= MAX_PENDING) {
            // Many tabs or reloads: the oldest state goes, the buttons on the other open pages keep working.
            pending.entrySet().stream().min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Pending::issuedAt)))
                    .ifPresent(oldest -> pending.remove(oldest.getKey()));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        pending.put(state, new Pending(purpose, now));
        return state;
    }

    /** The purpose the state was issued for, once; empty when unknown, used or expired. */
    public synchronized Optional<SignInPurpose> consume(String state) {
        if (state == null) {
            return Optional.empty();
        }
        Pending entry = pending.remove(state);
        if (entry == null || entry.issuedAt().plus(LIFETIME).isBefore(Clock.systemUTC().instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.purpose());
    }
}
