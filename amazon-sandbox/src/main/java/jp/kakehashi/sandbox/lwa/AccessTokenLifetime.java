package jp.kakehashi.sandbox.lwa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * How long access tokens issued from now on live: {@code sandbox.lwa.access-token-lifetime}, unless the control API
 * set another at run time, so that tests can make tokens fall due without a restart.
 */
@ApplicationScoped
public class AccessTokenLifetime implements Supplier<Duration> {

    private final AtomicReference<Duration> override = new AtomicReference<>();

    @Inject
    LwaSandboxConfig config;

    @Override
    public Duration get() {
        Duration overridden = override.get();
        return overridden != null ? overridden : config.accessTokenLifetime();
    }

    /** Tokens issued from now on live this long (null: as configured again). */
    public void override(Duration lifetime) {
        if (lifetime != null && (lifetime.isNegative() || lifetime.isZero())) {
            throw new IllegalArgumentException("An access token lifetime must be positive, not " + lifetime);
        }
        override.set(lifetime);
    }
}
