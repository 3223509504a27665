package jp.kakehashi.drs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/** Login with Amazon and token settings for DRS; keys and defaults in META-INF/microprofile-config.properties. */
@ApplicationScoped
public class LoginWithAmazonConfiguration {

    @Inject
    @ConfigProperty(name = "lwa.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "lwa.client-secret")
    Optional<String> clientSecret;

    /** Or a properties file with client_id and client_secret (the sandbox writes its demo client's there). */
    @Inject
    @ConfigProperty(name = "lwa.credentials-file")
    Optional<String> credentialsFile;

    @Inject
    @ConfigProperty(name = "lwa.authorize-url")
    String authorizeUrl;

    @Inject
    @ConfigProperty(name = "drs.token-refresh-margin")
    Duration refreshMargin;

    @Inject
    @ConfigProperty(name = "drs.token-refresh-concurrency")
    int refreshConcurrency;

    @Inject
    @ConfigProperty(name = "drs.setup-attempts.max")
    int setupAttemptsMax;

    @Inject
    @ConfigProperty(name = "drs.setup-attempts.window")
    Duration setupAttemptsWindow;

    @Inject
    @ConfigProperty(name = "drs.setup-attempts.per-source.max")
    int setupAttemptsPerSourceMax;

    @Inject
    @ConfigProperty(name = "drs.setup-attempts.unproven-per-model.max")
    int unprovenSetupsPerModelMax;

    @Inject
    @ConfigProperty(name = "drs.exchange-on-notification.max-pending")
    int pushExchangesMaxPending;

    public String clientId() {
        return clientId.filter(id -> !id.isBlank()).orElseGet(() -> fromFile("client_id"));
    }

    public String clientSecret() {
        return clientSecret.filter(secret -> !secret.isBlank()).orElseGet(() -> fromFile("client_secret"));
    }

    public String authorizeUrl() {
        return authorizeUrl;
    }

    /** How long before an access token expires it is refreshed. */
    public Duration refreshMargin() {
        return refreshMargin;
    }

    /** How many refreshes one server has in flight at Login with Amazon at most. */
    public int refreshConcurrency() {
        return Math.max(1, refreshConcurrency);
    }

    /**
     * How many setups are taken within {@link #setupAttemptsWindow()}: per member, per source address, and per model
     * for setups that did not prove the customer (serials cannot be swept from one account, one address or many).
     */
    public jp.kakehashi.drs.domain.SetupAttemptLimits setupAttemptLimits() {
        return new jp.kakehashi.drs.domain.SetupAttemptLimits(Math.max(1, setupAttemptsMax), Math.max(1, setupAttemptsPerSourceMax),
                Math.max(1, unprovenSetupsPerModelMax));
    }

    public Duration setupAttemptsWindow() {
        return setupAttemptsWindow;
    }

    /** Push exchanges waiting or running at most; more are skipped (the member's pull still works). */
    public int pushExchangesMaxPending() {
        return Math.max(1, pushExchangesMaxPending);
    }

    private String fromFile(String key) {
        String file = credentialsFile.filter(path -> !path.isBlank())
                .orElseThrow(() -> new LoginWithAmazonNotConfiguredException(
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
