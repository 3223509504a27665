package jp.kakehashi.sandbox.lwa.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import jp.kakehashi.sandbox.lwa.LwaSandboxConfig;

/** Authorization codes from the consent page: single use, short-lived ({@code sandbox.lwa.authorization-code-lifetime}). */
@ApplicationScoped
public class AuthorizationCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final Map<String, AuthorizationGrant> codes = new ConcurrentHashMap<>();
    private Supplier<Duration> lifetime;
    private Clock clock;

    protected AuthorizationCodes() {}

    @Inject
    public AuthorizationCodes(LwaSandboxConfig config) {
        this(config::authorizationCodeLifetime, Clock.systemUTC());
    }

    public AuthorizationCodes(Supplier<Duration> lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A new code for what the customer consented to. */
    public String issue(Consent consent) {
        Instant now = clock.instant();
        codes.values().removeIf(grant -> !grant.expiresAt().isAfter(now));
        String code = randomCode();
        codes.put(code, new AuthorizationGrant(consent, now.plus(lifetime.get())));
        return code;
    }

    /** The consent behind a code, once: the code is gone afterwards, and an expired code is never answered. */
    public Optional<Consent> redeem(String code) {
        if (code == null) {
            return Optional.empty();
        }
        AuthorizationGrant grant = codes.remove(code);
        return grant != null && grant.expiresAt().isAfter(clock.instant())
                ? Optional.of(grant.consent())
                : Optional.empty();
    }

    public int pendingCount() {
        Instant now = clock.instant();
        return (int) codes.values().stream()
                .filter(grant -> grant.expiresAt().isAfter(now))
                .count();
    }

    /** 20 letters, as LWA's codes look ({@code ANdNAVhyhqirUelHGEHA}). */
    private static String randomCode() {
        char[] code = new char[20];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /**
     * What the customer agreed to on the consent page, and the request's binding for the code exchange.
     *
     * @param codeChallenge       null when the authorization request had none
     * @param codeChallengeMethod {@code S256} or {@code plain}
     */
    public record Consent(
            String clientId,
            String redirectUri,
            String codeChallenge,
            String codeChallengeMethod,
            String directedCustomerId,
            String modelId,
            String serial,
            List<String> asins,
            boolean testDevice,
            boolean replenishmentAllowed) {
        public Consent {
            asins = List.copyOf(asins);
        }
    }

    private record AuthorizationGrant(Consent consent, Instant expiresAt) {}
}
