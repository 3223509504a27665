package jp.kakehashi.sandbox.sns.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * SNS's default delivery policy for HTTP(S): 2xx is delivered; 4xx is a permanent failure and not retried;
 * anything else (5xx, and also 1xx/3xx, which SNS does not follow), timeouts and connection errors are retried,
 * {@code maxRetries} times, {@code retryDelay} apart; each request may take {@code requestTimeout}.
 */
public record RetryPolicy(int maxRetries, Duration retryDelay, Duration requestTimeout) {

    /** AWS's defaults: 3 retries, 20 s apart, 15 s per request. */
    public static final RetryPolicy SNS_DEFAULT = new RetryPolicy(3, Duration.ofSeconds(20), Duration.ofSeconds(15));

    /** AWS allows at most 100 retries in an HTTP delivery policy. */
    public static final int MAX_RETRIES_LIMIT = 100;

    public RetryPolicy {
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
            throw new IllegalArgumentException("maxRetries must be between 0 and " + MAX_RETRIES_LIMIT);
        }
        if (retryDelay.isNegative() || retryDelay.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("retryDelay must be between 0 and one hour");
        }
        if (requestTimeout.isNegative()
                || requestTimeout.isZero()
                || requestTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("requestTimeout must be more than 0 and at most one minute");
        }
    }

    public enum Decision {
        DELIVERED,
        RETRY,
        FAILED_PERMANENTLY,
        GAVE_UP
    }

    /** What follows an attempt that got an HTTP status. */
    public Decision afterStatus(int attempt, int status) {
        if (status >= 200 && status < 300) {
            return Decision.DELIVERED;
        }
        if (status >= 400 && status < 500) {
            return Decision.FAILED_PERMANENTLY;
        }
        return afterError(attempt);
    }

    /** What follows an attempt that timed out or could not connect. */
    public Decision afterError(int attempt) {
        return attempt <= maxRetries ? Decision.RETRY : Decision.GAVE_UP;
    }

    public int maxAttempts() {
        return maxRetries + 1;
    }
}
