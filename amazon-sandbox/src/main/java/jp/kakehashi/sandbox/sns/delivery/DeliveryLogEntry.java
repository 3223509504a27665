package jp.kakehashi.sandbox.sns.delivery;

import java.time.Instant;

/**
 * One delivery attempt.
 *
 * @param status  the HTTP status the endpoint answered, or null when it did not (see {@code error})
 * @param outcome what followed: DELIVERED, RETRY, FAILED_PERMANENTLY or GAVE_UP
 */
public record DeliveryLogEntry(
        String messageId,
        String type,
        String subscriptionArn,
        String endpoint,
        int attempt,
        Integer status,
        String error,
        String outcome,
        Instant time) {}
