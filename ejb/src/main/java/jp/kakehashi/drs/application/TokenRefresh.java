package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;
import jp.kakehashi.drs.domain.TokenProblem;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.shared.activity.ActivityLog;

/**
 * Refreshes devices' tokens at Login with Amazon: the one place the timers (TokenRefreshSchedule), replenishment
 * calls whose token DRS refused, members and admins ("refresh now") go through. Outside any transaction, like
 * {@link DeviceSetup}: the call to Amazon happens between transactions, its result is stored in one of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TokenRefresh {

    private static final Logger LOG = Logger.getLogger(TokenRefresh.class.getName());
    private static final Duration RETRY_REFRESH_AFTER = Duration.ofMinutes(5);
    /** After a lost answer the access token is usually still valid: settle the doubt soon, while it is. */
    private static final Duration RETRY_AFTER_LOST_ANSWER = Duration.ofMinutes(1);

    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    @Inject
    private LoginWithAmazon loginWithAmazon;

    @Inject
    private DeviceRecords deviceRecords;

    @Inject
    private ActivityLog activityLog;

    private final Clock clock = Clock.systemUTC();

    /**
     * Refreshes one device's tokens now. Amazon may spend a refresh token on first use, so a refresh whose answer was
     * lost is not repeated at once: the tokens stay active and in doubt, and the next attempt (a minute later) uses the
     * same refresh token, which Amazon documents as valid until the customer revokes it. If Amazon then refuses it,
     * that single refusal may be the lost refresh's doing, not the customer's: the device recovers by a new
     * pre-registration exchange when Amazon still has its serial pre-registered; otherwise the refusal only counts
     * once a later attempt, with no doubt left, is refused too. A refusal without a doubt before it means the customer
     * revoked Kakehashi's access: the device needs setting up again.
     */
    public boolean refresh(long deviceId) {
        Optional<DeviceTokens> stored = deviceRecords.tokensOf(deviceId);
        if (stored.isEmpty()) {
            return false;
        }
        // Every result below is stored only onto the tokens this refresh started from: a refresh that ran beside it
        // (an admin's "refresh now") and stored new tokens first is not undone, nor its spent token taken as revoked.
        long version = stored.get().getVersion();
        TokenGrant refreshed;
        try {
            refreshed =
                    loginWithAmazon.refresh(deviceRecords.openTokens(deviceId).refreshToken());
        } catch (RuntimeException e) {
            return refreshFailed(deviceId, version, stored.get().isRefreshInDoubt(), e);
        }
        return storeRefresh(deviceId, version, refreshed);
    }

    /**
     * Claims up to {@code max} devices whose tokens fall due now, for this server to refresh. Each is claimed on its
     * own, so that when every server of a cluster runs the refresh, one of them gets each device; a claim that is not
     * followed by a refresh (the server died) expires after {@link #CLAIM_LEASE}.
     */
    public List<Long> claimDue(int max) {
        Instant now = clock.instant();
        return deviceRecords.dueForRefresh(now, max).stream()
                .map(DeviceTokens::getDeviceId)
                .filter(deviceId -> deviceRecords.claimRefresh(deviceId, now, now.plus(CLAIM_LEASE)))
                .toList();
    }

    private boolean refreshFailed(long deviceId, long version, boolean inDoubt, RuntimeException failure) {
        Instant retryAt = clock.instant().plus(RETRY_REFRESH_AFTER);
        switch (LoginWithAmazonFailure.of(failure)) {
            case NOT_CONFIGURED -> throw failure;
            case GRANT_REFUSED -> {
                if (inDoubt) {
                    return recoverAfterLostAnswer(deviceId, version);
                }
                if (deviceRecords.recordRefused(deviceId, version, TokenProblem.REFUSED.text())) {
                    LOG.warning(() ->
                            "Amazon refused the refresh token of device " + deviceId + ": it needs setting up again");
                }
            }
            case CLIENT_REFUSED, REFUSED ->
                deviceRecords.recordRefreshFailure(deviceId, version, failure.getMessage(), retryAt, false);
            case ANSWER_LOST -> {
                LOG.warning(() -> "The answer to the refresh of device " + deviceId
                        + " was lost; retried with the same token soon");
                deviceRecords.recordRefreshFailure(
                        deviceId,
                        version,
                        TokenProblem.ANSWER_LOST.text(),
                        clock.instant().plus(RETRY_AFTER_LOST_ANSWER),
                        true);
            }
            case UNAVAILABLE ->
                deviceRecords.recordRefreshFailure(deviceId, version, TokenProblem.UNAVAILABLE.text(), retryAt, false);
        }
        return false;
    }

    private boolean recoverAfterLostAnswer(long deviceId, long version) {
        Optional<Device> device = deviceRecords.device(deviceId);
        if (device.isEmpty()) {
            return false;
        }
        TokenGrant tokens;
        try {
            tokens = loginWithAmazon.exchangePreRegistration(
                    device.get().getModelId(), device.get().getSerialNumber());
        } catch (RuntimeException e) {
            LoginWithAmazonFailure failure = LoginWithAmazonFailure.of(e);
            if (failure == LoginWithAmazonFailure.NOT_CONFIGURED) {
                throw e;
            }
            Instant retryAt = clock.instant().plus(RETRY_REFRESH_AFTER);
            if (failure.refused()) {
                LOG.warning(() -> "Amazon refused the refresh token of device " + deviceId + " after a lost answer; "
                        + "it needs setting up again if the next attempt is refused too");
                deviceRecords.recordDoubtSettled(
                        deviceId, version, TokenProblem.REFUSED_AFTER_LOST_ANSWER.text(), retryAt);
            } else {
                deviceRecords.recordRefreshFailure(deviceId, version, TokenProblem.UNAVAILABLE.text(), retryAt, false);
            }
            return false;
        }
        LOG.info(() -> "Device " + deviceId + " recovered its tokens by pre-registration after a lost refresh answer");
        return storeRefresh(deviceId, version, tokens);
    }

    private boolean storeRefresh(long deviceId, long version, TokenGrant refreshed) {
        if (!deviceRecords.recordRefresh(deviceId, version, refreshed)) {
            LOG.warning(() ->
                    "The refreshed tokens of device " + deviceId + " were not stored: its tokens changed meanwhile");
            return false;
        }
        activityLog.record(Activity.TOKEN_REFRESH);
        return true;
    }
}
