package jp.kakehashi.sandbox.pay;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.kakehashi.sandbox.settings.SettingKey;
import jp.kakehashi.sandbox.settings.SettingsPrefix;

/**
 * The Amazon Pay sandbox's settings ({@code sandbox.pay.*}); defaults in microprofile-config.properties.
 *
 * @param publicKeys extra merchant keys: {@code id=/path/to/public-key.pem} pairs separated by commas
 */
@SettingsPrefix("sandbox.pay")
public record PayConfig(
        @SettingKey("kakehashi.sandbox.dir") String sandboxDir,
        @SettingKey("sandbox.pay.demo-key.public-key-id") String demoPublicKeyId,
        Optional<String> publicKeys,
        String merchantId,
        String storeId,
        Duration buyerTokenLifetime,
        Duration maxClockSkew,
        Duration signInLifetime) {

    /** Where the generated demo key pair lives: {@code ${kakehashi.sandbox.dir}/pay}. */
    public Path payDir() {
        return Path.of(sandboxDir, "pay");
    }
}
