package jp.kakehashi.drs.application;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import jp.kakehashi.drs.domain.SetupAttemptLimits;
import jp.kakehashi.shared.config.AtLeastOne;
import jp.kakehashi.shared.config.Settings;

/**
 * Login with Amazon and token settings for DRS; keys and defaults in META-INF/microprofile-config.properties. The
 * client comes from lwa.client-id and lwa.client-secret, or from a properties file with client_id and client_secret
 * (lwa.credentials-file; the sandbox writes its demo client's there). An access token is refreshed refreshMargin
 * before it expires, with at most refreshConcurrency refreshes in flight per server; at most
 * pushExchangesMaxPending push exchanges wait or run, more are skipped (the member's pull still works).
 */
@Settings({
    "lwa.client-id",
    "lwa.client-secret",
    "lwa.credentials-file",
    "lwa.authorize-url",
    "drs.token-refresh-margin",
    "drs.token-refresh-concurrency",
    "drs.setup-attempts.max",
    "drs.setup-attempts.window",
    "drs.setup-attempts.per-source.max",
    "drs.setup-attempts.unproven-per-model.max",
    "drs.exchange-on-notification.max-pending"
})
public record LoginWithAmazonConfiguration(
        Optional<String> configuredClientId,
        Optional<String> configuredClientSecret,
        Optional<String> credentialsFile,
        String authorizeUrl,
        Duration refreshMargin,
        @AtLeastOne int refreshConcurrency,
        @AtLeastOne int setupAttemptsMax,
        Duration setupAttemptsWindow,
        @AtLeastOne int setupAttemptsPerSourceMax,
        @AtLeastOne int unprovenSetupsPerModelMax,
        @AtLeastOne int pushExchangesMaxPending) {

    public String clientId() {
        return configuredClientId.orElseGet(() -> fromFile("client_id"));
    }

    public String clientSecret() {
        return configuredClientSecret.orElseGet(() -> fromFile("client_secret"));
    }

    /**
     * How many setups are taken within {@link #setupAttemptsWindow()}: per member, per source address, and per model
     * for setups that did not prove the customer (serials cannot be swept from one account, one address or many).
     */
    public SetupAttemptLimits setupAttemptLimits() {
        return new SetupAttemptLimits(setupAttemptsMax, setupAttemptsPerSourceMax, unprovenSetupsPerModelMax);
    }

    private String fromFile(String key) {
        String file = credentialsFile.orElseThrow(() -> new LoginWithAmazonNotConfiguredException(
                "Neither lwa.client-id/lwa.client-secret nor lwa.credentials-file is configured"));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new LoginWithAmazonNotConfiguredException("Cannot read " + file, e);
        }
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new LoginWithAmazonNotConfiguredException(file + " has no " + key);
        }
        return value.strip();
    }
}
