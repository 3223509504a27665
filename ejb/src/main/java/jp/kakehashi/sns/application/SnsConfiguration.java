package jp.kakehashi.sns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The SNS endpoint's settings; keys and defaults in META-INF/microprofile-config.properties. */
@ApplicationScoped
public class SnsConfiguration {

    @Inject
    @ConfigProperty(name = "sns.topic-arns")
    Optional<List<String>> topicArns;

    @Inject
    @ConfigProperty(name = "sns.signing-cert-url-pattern")
    String signingCertUrlPattern;

    @Inject
    @ConfigProperty(name = "sns.certificates.dir")
    Optional<String> certificatesDir;

    @Inject
    @ConfigProperty(name = "sns.max-message-age")
    Duration maxMessageAge;

    @Inject
    @ConfigProperty(name = "sns.subscription.auto-confirm")
    boolean autoConfirm;

    @Inject
    @ConfigProperty(name = "sns.http-timeout")
    Duration httpTimeout;

    @Inject
    @ConfigProperty(name = "sns.consumer.batch-size")
    int consumerBatchSize;

    @Inject
    @ConfigProperty(name = "sns.consumer.database-outage-wait")
    Duration databaseOutageWait;

    public Set<String> topicArns() {
        return topicArns.map(arns -> arns.stream().map(String::strip).filter(arn -> !arn.isEmpty()))
                .map(arns -> Set.copyOf(arns.toList()))
                .orElse(Set.of());
    }

    public Pattern signingCertUrlPattern() {
        return Pattern.compile(signingCertUrlPattern);
    }

    public Optional<String> certificatesDir() {
        return certificatesDir.filter(dir -> !dir.isBlank());
    }

    public Duration maxMessageAge() {
        return maxMessageAge;
    }

    public boolean autoConfirm() {
        return autoConfirm;
    }

    public Duration httpTimeout() {
        return httpTimeout;
    }

    /** At most this many notifications stored in one consumer transaction; at least 1. */
    public int consumerBatchSize() {
        return Math.max(1, consumerBatchSize);
    }

    /**
     * How long a consumer whose notifications failed while the database did not answer waits for it before it lets
     * them roll back: a short outage costs each notification one delivery, not all of them (the engine redelivers at
     * once).
     */
    public Duration databaseOutageWait() {
        return databaseOutageWait;
    }
}
