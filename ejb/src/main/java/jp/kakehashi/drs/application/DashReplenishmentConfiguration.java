package jp.kakehashi.drs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How Kakehashi calls the DRS service (drs.retry.*; the base URL is dash-replenishment/mp-rest/url). */
@ApplicationScoped
public class DashReplenishmentConfiguration {

    @Inject
    @ConfigProperty(name = "drs.retry.max-attempts")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "drs.retry.initial-backoff")
    Duration initialBackoff;

    @Inject
    @ConfigProperty(name = "drs.device-status.interval")
    Duration deviceStatusInterval;

    @Inject
    @ConfigProperty(name = "drs.device-status.first-within")
    Duration deviceStatusFirstWithin;

    @Inject
    @ConfigProperty(name = "drs.subscription-check.retry-after")
    Duration subscriptionCheckRetryAfter;

    @Inject
    @ConfigProperty(name = "drs.timers.period")
    Duration timersPeriod;

    @Inject
    @ConfigProperty(name = "drs.test-models")
    Optional<List<String>> testModels;

    /**
     * Whether the model is one of Amazon's whitelisted test models (the DRS pre-registration guide's
     * TEST_MODEL_DRS_PREREG_01): its tokens prove the exchange works and "cannot be used for subsequent replenishment
     * calls", so Kakehashi makes none with them, and they order nothing on anybody's account.
     */
    public boolean isTestModel(String modelId) {
        return modelId != null && testModels.orElse(List.of()).contains(modelId);
    }

    /**
     * How often the DRS timers run (token refreshes, subscription reads, DeviceStatus): a minute in production; the
     * test server runs them in seconds, so that no test waits a minute for one.
     */
    public Duration timersPeriod() {
        return timersPeriod.isNegative() || timersPeriod.isZero() ? Duration.ofMinutes(1) : timersPeriod;
    }

    /** A subscription read that failed is tried again after this. */
    public Duration subscriptionCheckRetryAfter() {
        return subscriptionCheckRetryAfter;
    }

    /** How often each set-up device reports DeviceStatus (Amazon asks for at least daily). */
    public Duration deviceStatusInterval() {
        return deviceStatusInterval;
    }

    /** A newly set-up device's first DeviceStatus comes at a random time within this. */
    public Duration deviceStatusFirstWithin() {
        return deviceStatusFirstWithin;
    }

    /** Attempts of one call at most, the first included, when Amazon did not act on it or its answer was lost. */
    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** The wait before the second attempt; doubled before each next one. */
    public Duration initialBackoff() {
        return initialBackoff;
    }
}
