package jp.kakehashi.sandbox.sns.domain;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The sandbox's ARNs and URLs, in AWS's forms. The base URL stands in for {@code https://sns.<region>.amazonaws.com};
 * AWS writes ARNs into query strings unencoded (topic names allow only letters, digits, '-' and '_'), and so does this.
 */
public record SnsAddresses(String baseUrl, String region, String accountId) {

    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    public SnsAddresses {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("not an AWS region: " + region);
        }
        if (!ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("an AWS account id has 12 digits: " + accountId);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static void requireTopicName(String name) {
        if (name == null || !TOPIC_NAME.matcher(name).matches()) {
            throw new SnsException(
                    SnsError.INVALID_PARAMETER,
                    "Invalid parameter: Topic Name must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.");
        }
    }

    public String topicArn(String topicName) {
        requireTopicName(topicName);
        return "arn:aws:sns:" + region + ":" + accountId + ":" + topicName;
    }

    public String newSubscriptionArn(String topicArn) {
        return topicArn + ":" + UUID.randomUUID();
    }

    public String subscribeUrl(String topicArn, String token) {
        return baseUrl + "/?Action=ConfirmSubscription&TopicArn=" + topicArn + "&Token=" + token;
    }

    public String unsubscribeUrl(String subscriptionArn) {
        return baseUrl + "/?Action=Unsubscribe&SubscriptionArn=" + subscriptionArn;
    }

    public String signingCertUrl(String certificateId) {
        return baseUrl + "/" + certificateFileName(certificateId);
    }

    public static String certificateFileName(String certificateId) {
        return "SimpleNotificationService-" + certificateId + ".pem";
    }
}
