package jp.kakehashi.sns.verification;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What we accept from SNS.
 *
 * @param topicArns              the topics we subscribe to; a message for any other is refused
 * @param signingCertUrlPattern  a {@code SigningCertURL} must match this whole (by default https and AWS's SNS hosts only)
 * @param maxMessageAge          older messages are refused as replays
 */
public record SnsVerificationPolicy(Set<String> topicArns, Pattern signingCertUrlPattern, Duration maxMessageAge) {

    /**
     * AWS's regional SNS endpoints, https only, and SNS's certificate file names. The region part is a region's shape
     * ({@code us-east-1}, {@code us-gov-west-1}), not any word: {@code sns.s3.amazonaws.com} is an S3 bucket.
     */
    public static final String AWS_SIGNING_CERT_URL_PATTERN =
            "https://sns\\.[a-z]{2}(-gov)?-[a-z]+-[0-9]\\.amazonaws\\.com(\\.cn)?/SimpleNotificationService-[0-9a-f]{32}\\.pem";

    /** How far a message's timestamp may be ahead of our clock: the two clocks are never exactly alike. */
    public static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);

    public SnsVerificationPolicy {
        topicArns = Set.copyOf(Objects.requireNonNull(topicArns, "topicArns"));
        Objects.requireNonNull(signingCertUrlPattern, "signingCertUrlPattern");
        Objects.requireNonNull(maxMessageAge, "maxMessageAge");
        if (maxMessageAge.isNegative() || maxMessageAge.isZero()) {
            throw new IllegalArgumentException("maxMessageAge must be positive");
        }
    }
}
