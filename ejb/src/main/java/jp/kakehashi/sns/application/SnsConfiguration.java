package jp.kakehashi.sns.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kakehashi.shared.config.AtLeastOne;
import jp.kakehashi.shared.config.Settings;

/**
 * The SNS endpoint's settings (sns.*; defaults in META-INF/microprofile-config.properties). At most
 * consumerBatchSize notifications are stored in one consumer transaction, at least 1. databaseOutageWait: how long a
 * consumer whose notifications failed while the database did not answer waits for it before it lets them roll back,
 * so that a short outage costs each notification one delivery, not all of them (the engine redelivers at once).
 */
@Settings({
    "sns.topic-arns",
    "sns.signing-cert-url-pattern",
    "sns.certificates.dir",
    "sns.max-message-age",
    "sns.subscription.auto-confirm",
    "sns.http-timeout",
    "sns.consumer.batch-size",
    "sns.consumer.database-outage-wait"
})
public record SnsConfiguration(
        Optional<List<String>> topicArnList,
        String signingCertUrlRegex,
        Optional<String> certificatesDir,
        Duration maxMessageAge,
        boolean autoConfirm,
        Duration httpTimeout,
        @AtLeastOne int consumerBatchSize,
        Duration databaseOutageWait) {

    public Set<String> topicArns() {
        return topicArnList
                .map(arns -> arns.stream().map(String::strip).filter(arn -> !arn.isEmpty()))
                .map(arns -> Set.copyOf(arns.toList()))
                .orElse(Set.of());
    }

    public Pattern signingCertUrlPattern() {
        return Pattern.compile(signingCertUrlRegex);
    }
}
