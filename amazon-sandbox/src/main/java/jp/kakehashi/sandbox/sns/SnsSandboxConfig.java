package jp.kakehashi.sandbox.sns;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.kakehashi.sandbox.settings.SettingKey;
import jp.kakehashi.sandbox.settings.SettingsPrefix;
import jp.kakehashi.sandbox.sns.delivery.RetryPolicy;
import jp.kakehashi.sandbox.sns.domain.SignatureVersion;
import jp.kakehashi.sandbox.sns.domain.SnsAddresses;

/**
 * The SNS sandbox's settings ({@code sandbox.sns.*}); defaults in microprofile-config.properties.
 *
 * @param defaultSubscriptionEndpoint subscribed to the DRS topic at start; blank is none
 */
@SettingsPrefix("sandbox.sns")
public record SnsSandboxConfig(
        @SettingKey("kakehashi.sandbox.dir") String sandboxDir,
        String baseUrl,
        String region,
        String accountId,
        String drsTopicName,
        int drsTopicSignatureVersion,
        Optional<String> defaultSubscriptionEndpoint,
        int maxRetries,
        Duration retryDelay,
        Duration requestTimeout,
        int deliveryLogSize) {

    public SnsSandboxConfig {
        SignatureVersion.of(drsTopicSignatureVersion); // 1 or 2: anything else stops the start
        defaultSubscriptionEndpoint =
                defaultSubscriptionEndpoint.map(String::trim).filter(endpoint -> !endpoint.isEmpty());
    }

    /** Where the signing key and certificate are kept: {@code ${kakehashi.sandbox.dir}/sns}. */
    public Path keyFolder() {
        return Path.of(sandboxDir, "sns");
    }

    public SignatureVersion drsTopicSignature() {
        return SignatureVersion.of(drsTopicSignatureVersion);
    }

    public SnsAddresses addresses() {
        return new SnsAddresses(baseUrl, region, accountId);
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxRetries, retryDelay, requestTimeout);
    }
}
