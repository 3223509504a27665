package jp.kakehashi.sandbox.lwa;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.kakehashi.sandbox.settings.SettingKey;
import jp.kakehashi.sandbox.settings.SettingsPrefix;

/**
 * The Login with Amazon part's settings ({@code sandbox.lwa.*} in microprofile-config.properties). The control API
 * can shorten the access tokens' lifetime at run time: {@link AccessTokenLifetime}.
 *
 * @param accessTokenLifetime how long an access token lives as configured; {@code expires_in} follows it
 * @param authorizationCodeLifetime how long an authorization code can be exchanged
 * @param allowedReturnOrigins scheme and host a redirect_uri may use (any port and path)
 */
@SettingsPrefix("sandbox.lwa")
public record LwaSandboxConfig(
        Duration accessTokenLifetime,
        Duration authorizationCodeLifetime,
        String demoClientId,
        List<String> allowedReturnOrigins,
        @SettingKey("kakehashi.sandbox.dir") String sandboxDir) {

    public LwaSandboxConfig {
        positive("sandbox.lwa.access-token-lifetime", accessTokenLifetime);
        positive("sandbox.lwa.authorization-code-lifetime", authorizationCodeLifetime);
        allowedReturnOrigins = allowedReturnOrigins.stream()
                .map(String::trim)
                .filter(origin -> !origin.isEmpty())
                .toList();
    }

    /** {@code ${kakehashi.sandbox.dir}/lwa}: where the demo client's generated secret is kept. */
    public Path lwaDir() {
        return Path.of(sandboxDir, "lwa");
    }

    private static void positive(String key, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, not " + duration);
        }
    }
}
