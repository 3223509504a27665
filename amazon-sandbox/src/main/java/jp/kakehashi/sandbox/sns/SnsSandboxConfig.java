package jp.kakehashi.sandbox.sns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.kakehashi.sandbox.sns.delivery.RetryPolicy;
import jp.kakehashi.sandbox.sns.domain.SignatureVersion;
import jp.kakehashi.sandbox.sns.domain.SnsAddresses;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SNS sandbox's settings ({@code sandbox.sns.*}); defaults in microprofile-config.properties. */
@ApplicationScoped
public class SnsSandboxConfig {

    @Inject
    @ConfigProperty(name = "kakehashi.sandbox.dir")
    String sandboxDir;

    @Inject
    @ConfigProperty(name = "sandbox.sns.base-url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "sandbox.sns.region")
    String region;

    @Inject
    @ConfigProperty(name = "sandbox.sns.account-id")
    String accountId;

    @Inject
    @ConfigProperty(name = "sandbox.sns.drs-topic-name")
    String drsTopicName;

    @Inject
    @ConfigProperty(name = "sandbox.sns.drs-topic-signature-version")
    int drsTopicSignatureVersion;

    @Inject
    @ConfigProperty(name = "sandbox.sns.default-subscription-endpoint")
    Optional<String> defaultSubscriptionEndpoint;

    @Inject
    @ConfigProperty(name = "sandbox.sns.max-retries")
    int maxRetries;

    @Inject
    @ConfigProperty(name = "sandbox.sns.retry-delay")
    Duration retryDelay;

    @Inject
    @ConfigProperty(name = "sandbox.sns.request-timeout")
    Duration requestTimeout;

    @Inject
    @ConfigProperty(name = "sandbox.sns.delivery-log-size")
    int deliveryLogSize;

    /** Where the signing key and certificate are kept: {@code ${kakehashi.sandbox.dir}/sns}. */
    public Path keyFolder() {
        return Path.of(sandboxDir, "sns");
    }

    public SnsAddresses addresses() {
        return new SnsAddresses(baseUrl, region, accountId);
    }

    public String drsTopicName() {
        return drsTopicName;
    }

    public SignatureVersion drsTopicSignatureVersion() {
        return SignatureVersion.of(drsTopicSignatureVersion);
    }

    public Optional<String> defaultSubscriptionEndpoint() {
        return defaultSubscriptionEndpoint.map(String::trim).filter(endpoint -> !endpoint.isEmpty());
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxRetries, retryDelay, requestTimeout);
    }

    public int deliveryLogSize() {
        return deliveryLogSize;
    }
}
