package jp.kakehashi.sandbox.lwa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Login with Amazon part's settings ({@code sandbox.lwa.*} in microprofile-config.properties). */
@ApplicationScoped
public class LwaSandboxConfig {

    @Inject
    @ConfigProperty(name = "sandbox.lwa.access-token-lifetime")
    String accessTokenLifetime;

    @Inject
    @ConfigProperty(name = "sandbox.lwa.authorization-code-lifetime")
    String authorizationCodeLifetime;

    @Inject
    @ConfigProperty(name = "sandbox.lwa.demo-client-id")
    String demoClientId;

    @Inject
    @ConfigProperty(name = "sandbox.lwa.allowed-return-origins")
    String allowedReturnOrigins;

    @Inject
    @ConfigProperty(name = "kakehashi.sandbox.dir")
    String sandboxDir;

    protected LwaSandboxConfig() {}

    /** For tests: the same settings without CDI. */
    public LwaSandboxConfig(
            Duration accessTokenLifetime,
            Duration authorizationCodeLifetime,
            String demoClientId,
            List<String> allowedReturnOrigins,
            Path sandboxDir) {
        this.accessTokenLifetime = accessTokenLifetime.toString();
        this.authorizationCodeLifetime = authorizationCodeLifetime.toString();
        this.demoClientId = demoClientId;
        this.allowedReturnOrigins = String.join(",", allowedReturnOrigins);
        this.sandboxDir = sandboxDir.toString();
    }

    /** Set at run time through the control API, so that tests can make tokens fall due without a restart. */
    private final AtomicReference<Duration> accessTokenLifetimeOverride = new AtomicReference<>();

    /** How long an access token lives; {@code expires_in} follows it. */
    public Duration accessTokenLifetime() {
        Duration override = accessTokenLifetimeOverride.get();
        return override != null ? override : positive("sandbox.lwa.access-token-lifetime", accessTokenLifetime);
    }

    /** Tokens issued from now on live this long (null: as configured again). */
    public void overrideAccessTokenLifetime(Duration lifetime) {
        if (lifetime != null && (lifetime.isNegative() || lifetime.isZero())) {
            throw new IllegalArgumentException("An access token lifetime must be positive, not " + lifetime);
        }
        accessTokenLifetimeOverride.set(lifetime);
    }

    /** How long an authorization code can be exchanged. */
    public Duration authorizationCodeLifetime() {
        return positive("sandbox.lwa.authorization-code-lifetime", authorizationCodeLifetime);
    }

    public String demoClientId() {
        return demoClientId;
    }

    public List<String> allowedReturnOrigins() {
        return Arrays.stream(allowedReturnOrigins.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** {@code ${kakehashi.sandbox.dir}/lwa}: where the demo client's generated secret is kept. */
    public Path lwaDir() {
        return Path.of(sandboxDir, "lwa");
    }

    private static Duration positive(String key, String value) {
        Duration duration;
        try {
            duration = Duration.parse(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalStateException(key + " must be an ISO-8601 duration such as PT1H, not " + value, e);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalStateException(key + " must be positive, not " + value);
        }
        return duration;
    }
}
