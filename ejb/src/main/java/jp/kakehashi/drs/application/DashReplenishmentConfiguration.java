package jp.kakehashi.drs.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.kakehashi.shared.config.AtLeastOne;
import jp.kakehashi.shared.config.Settings;

/**
 * How Kakehashi calls the DRS service (drs.*; the base URL is dash-replenishment/mp-rest/url). maxAttempts: attempts
 * of one call at most, the first included, when Amazon did not act on it or its answer was lost; initialBackoff: the
 * wait before the second attempt, doubled before each next one. Each set-up device reports DeviceStatus every
 * deviceStatusInterval (Amazon asks for at least daily), the first at a random time within deviceStatusFirstWithin.
 * A subscription read that failed is tried again after subscriptionCheckRetryAfter.
 */
@Settings({
    "drs.retry.max-attempts",
    "drs.retry.initial-backoff",
    "drs.device-status.interval",
    "drs.device-status.first-within",
    "drs.subscription-check.retry-after",
    "drs.timers.period",
    "drs.test-models"
})
public record DashReplenishmentConfiguration(
        @AtLeastOne int maxAttempts,
        Duration initialBackoff,
        Duration deviceStatusInterval,
        Duration deviceStatusFirstWithin,
        Duration subscriptionCheckRetryAfter,
        Duration timersPeriod,
        Optional<List<String>> testModels) {

    /**
     * The DRS timers (token refreshes, subscription reads, DeviceStatus) run every minute in production; the test
     * server runs them in seconds, so that no test waits a minute for one.
     */
    public DashReplenishmentConfiguration {
        timersPeriod = timersPeriod.isNegative() || timersPeriod.isZero() ? Duration.ofMinutes(1) : timersPeriod;
    }

    /**
     * Whether the model is one of Amazon's whitelisted test models (the DRS pre-registration guide's
     * TEST_MODEL_DRS_PREREG_01): its tokens prove the exchange works and "cannot be used for subsequent replenishment
     * calls", so Kakehashi makes none with them, and they order nothing on anybody's account.
     */
    public boolean isTestModel(String modelId) {
        return modelId != null && testModels.orElse(List.of()).contains(modelId);
    }
}
