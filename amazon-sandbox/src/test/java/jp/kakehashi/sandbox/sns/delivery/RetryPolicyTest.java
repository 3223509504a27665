package jp.kakehashi.sandbox.sns.delivery;

import static jp.kakehashi.sandbox.sns.delivery.RetryPolicy.Decision.DELIVERED;
import static jp.kakehashi.sandbox.sns.delivery.RetryPolicy.Decision.FAILED_PERMANENTLY;
import static jp.kakehashi.sandbox.sns.delivery.RetryPolicy.Decision.GAVE_UP;
import static jp.kakehashi.sandbox.sns.delivery.RetryPolicy.Decision.RETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.SNS_DEFAULT;

    @Test
    void snssDefaultsAreThreeRetriesTwentySecondsApartAndFifteenSecondRequests() {
        assertEquals(3, policy.maxRetries());
        assertEquals(4, policy.maxAttempts());
        assertEquals(Duration.ofSeconds(20), policy.retryDelay());
        assertEquals(Duration.ofSeconds(15), policy.requestTimeout());
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 299})
    void twoHundredsAreDelivered(int status) {
        assertEquals(DELIVERED, policy.afterStatus(1, status));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 413, 429, 499})
    void fourHundredsFailPermanently(int status) {
        assertEquals(FAILED_PERMANENTLY, policy.afterStatus(1, status));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 599, 301, 302, 100})
    void otherStatusesAreRetried(int status) {
        assertEquals(RETRY, policy.afterStatus(1, status));
    }

    @Test
    void theFirstAttemptAndThreeRetriesThenGiveUp() {
        assertEquals(RETRY, policy.afterStatus(1, 500));
        assertEquals(RETRY, policy.afterError(2));
        assertEquals(RETRY, policy.afterStatus(3, 503));
        assertEquals(GAVE_UP, policy.afterStatus(4, 500));
        assertEquals(GAVE_UP, policy.afterError(4));
        assertEquals(GAVE_UP, new RetryPolicy(0, Duration.ZERO, Duration.ofSeconds(1)).afterError(1));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(-1, Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(101, Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetryPolicy(1, Duration.ofSeconds(-1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
    }
}
