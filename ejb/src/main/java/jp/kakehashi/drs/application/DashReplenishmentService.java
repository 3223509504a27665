package jp.kakehashi.drs.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The Dash Replenishment service API with a device's access token. Each call answers what happened rather than
 * throwing, so that every attempt can be logged and its retry decided by the caller ({@link Replenishment}).
 */
public interface DashReplenishmentService {

    DrsAnswer replenish(String accessToken, String slotId);

    DrsAnswer slotStatus(String accessToken, String slotId, BigDecimal remaining, BigDecimal original, Instant lastUse);

    DrsAnswer deviceStatus(String accessToken, Instant mostRecentlyActive);

    DrsAnswer subscriptionInfo(String accessToken);

    DrsAnswer deregister(String accessToken);

    /**
     * @param status          the HTTP status, null when none came back
     * @param requestId       Amazon's x-amzn-RequestId, when it answered
     * @param detailCode      Replenish's detailCode (STANDARD_ORDER_PLACED, TEST_ORDER_PLACED, ORDER_INPROGRESS)
     * @param eventInstanceId Replenish's eventInstanceId
     * @param body            the answer's JSON where the caller needs more (SubscriptionInfo), else null
     */
    record DrsAnswer(
            Kind kind,
            Integer status,
            String requestId,
            String detailCode,
            String eventInstanceId,
            String body,
            String description,
            long durationMillis) {

        public enum Kind {
            OK,
            /** 400 InvalidToken or 401: the access token is not (or no longer) accepted. */
            TOKEN_REFUSED,
            /** Another 4xx: the request itself is refused; repeating it changes nothing. */
            REFUSED,
            /** Not acted on (429, 503, no connection): safe to repeat later. */
            UNAVAILABLE,
            /** Sent, and no usable answer (timeout, cut connection, 500/502/504): Amazon may have acted on it. */
            ANSWER_LOST
        }

        public boolean isOk() {
            return kind == Kind.OK;
        }
    }
}
