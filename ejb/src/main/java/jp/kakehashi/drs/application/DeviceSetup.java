package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.kakehashi.shared.activity.ActivityLog;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceClaimant;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;
import jp.kakehashi.drs.domain.TokenProblem;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Setting up a device for Dash Replenishment (Amazon's "DRS Pre-registration" guide,
 * https://developer.amazon.com/docs/dash/pre-registration-overview.html), pull first: exchange its serial and model for tokens; when
 * Amazon refuses the exchange, the companion app shows the DRS teaser and the standard Login with Amazon setup follows.
 * A session bean outside any transaction (NOT_SUPPORTED): calls to Amazon happen between transactions, each result is
 * stored in one of its own.
 *
 * <p>Ownership: a device belongs to at most one member, and is set up by pre-registration only for the customer Amazon
 * registered it to ({@link #setUp}). Before an authorization code is exchanged, and again when the tokens are stored,
 * a setup of a device another member holds is refused ({@link Outcome#NOT_AVAILABLE}); the only change of hands is
 * Amazon's own (see {@link Device#claimableBy}). Every attempt counts against the limits (drs.setup-attempts.*).
 *
 * <p>Grants that cannot be repeated: see {@link #refresh(long)} and {@link #completeAuthorization}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeviceSetup {

    private static final Logger LOG = Logger.getLogger(DeviceSetup.class.getName());
    private static final Duration RETRY_REFRESH_AFTER = Duration.ofMinutes(5);
    /** After a lost answer the access token is usually still valid: settle the doubt soon, while it is. */
    private static final Duration RETRY_AFTER_LOST_ANSWER = Duration.ofMinutes(1);
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    /** What the member is told. */
    public enum Outcome {
        SET_UP, NOT_PRE_REGISTERED, UNKNOWN_MODEL, INVALID_SERIAL, NOT_AVAILABLE, TOO_MANY_ATTEMPTS,
        AUTHORIZATION_REFUSED, ANSWER_LOST, UNAVAILABLE, CONFIGURATION_ERROR
    }

    @Inject
    private DeviceModelService models;

    @Inject
    private LoginWithAmazon loginWithAmazon;

    @Inject
    private DeviceRecords deviceRecords;

    @Inject
    private ActivityLog activityLog;

    @Inject
    private LoginWithAmazonConfiguration configuration;

    @Inject
    private DashReplenishmentConfiguration drsConfiguration;

    /** Lazily: Replenishment uses this bean too (refreshes). */
    @Inject
    private jakarta.enterprise.inject.Instance<Replenishment> replenishment;

    private final Clock clock = Clock.systemUTC();

    /**
     * Pull (the DRS pre-registration guide's recommendation): the device_preregistration exchange, for the customer
     * Amazon registered the device to, and only for them. That exchange hands out the registered customer's tokens to
     * whoever asks, and a serial is printed on the box, so Kakehashi asks Amazon only when it knows the member to be
     * that customer: Amazon's DeviceRegisteredNotification named a customer, and it is the Amazon account the member
     * linked through Get Buyer. Everybody else gets what a serial Amazon never pre-registered gets, the DRS teaser,
     * whose standard Login with Amazon setup binds new tokens to whoever signs in at Amazon. Amazon is not asked then,
     * so neither the answer nor its timing tells a held serial from a free or an unknown one (docs/design.md).
     * Amazon's whitelisted test devices order nothing on anybody's account, so they need no proof.
     */
    public Outcome setUp(DeviceClaimant claimant, String modelId, String serialNumber) {
        Optional<Outcome> invalid = checkModelAndSerial(modelId, serialNumber);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        boolean testDevice = drsConfiguration.isTestModel(modelId);
        boolean proven = testDevice || deviceRecords.registeredToAmazonAccountOf(claimant, modelId, serialNumber);
        if (!deviceRecords.reserveSetupAttempt(claimant, modelId, proven)) {
            return Outcome.TOO_MANY_ATTEMPTS;
        }
        if (!proven) {
            return Outcome.NOT_PRE_REGISTERED;
        }
        if (!deviceRecords.mayClaim(claimant, modelId, serialNumber)) {
            return Outcome.NOT_AVAILABLE;
        }
        try {
            TokenGrant tokens = loginWithAmazon.exchangePreRegistration(modelId, serialNumber);
            return store(claimant, modelId, serialNumber, tokens, DeviceTokens.ObtainedBy.PRE_REGISTRATION);
        } catch (TokenExchangeRefusedException e) {
            return e.reason() == TokenExchangeRefusedException.Reason.INVALID_CLIENT ? configurationError(e) : Outcome.NOT_PRE_REGISTERED;
        } catch (LoginWithAmazonUnavailableException | FaultToleranceException e) {
            return Outcome.UNAVAILABLE;
        } catch (LoginWithAmazonNotConfiguredException e) {
            return configurationError(e);
        }
    }

    /** Push: the device's tokens, before any member has set it up; skipped when Kakehashi already holds some. */
    public Outcome setUpOnNotification(String modelId, String serialNumber) {
        if (deviceRecords.hasActiveTokens(modelId, serialNumber)) {
            return Outcome.SET_UP;
        }
        try {
            TokenGrant tokens = loginWithAmazon.exchangePreRegistration(modelId, serialNumber);
            return store(null, modelId, serialNumber, tokens, DeviceTokens.ObtainedBy.PRE_REGISTRATION);
        } catch (TokenExchangeRefusedException e) {
            return e.reason() == TokenExchangeRefusedException.Reason.INVALID_CLIENT ? configurationError(e) : Outcome.NOT_PRE_REGISTERED;
        } catch (LoginWithAmazonUnavailableException | FaultToleranceException e) {
            return Outcome.UNAVAILABLE;
        } catch (LoginWithAmazonNotConfiguredException e) {
            return configurationError(e);
        }
    }

    /**
     * The standard setup's end: Amazon's consent page came back with an authorization code. The code is spent by
     * Amazon on first use, so it is not exchanged for a device the member may not have, and an exchange whose answer
     * was lost is not repeated: the member is asked to start the setup again ({@link Outcome#ANSWER_LOST}).
     */
    public Outcome completeAuthorization(DeviceClaimant claimant, String modelId, String serialNumber, String code,
                                         String redirectUri) {
        Optional<Outcome> refused = admit(claimant, modelId, serialNumber);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            TokenGrant tokens = loginWithAmazon.exchangeAuthorizationCode(code, redirectUri);
            return store(claimant, modelId, serialNumber, tokens, DeviceTokens.ObtainedBy.AUTHORIZATION_CODE);
        } catch (TokenExchangeRefusedException e) {
            return e.reason() == TokenExchangeRefusedException.Reason.INVALID_CLIENT ? configurationError(e) : Outcome.AUTHORIZATION_REFUSED;
        } catch (LoginWithAmazonAnswerLostException | TimeoutException e) {
            return Outcome.ANSWER_LOST;
        } catch (LoginWithAmazonUnavailableException | FaultToleranceException e) {
            return Outcome.UNAVAILABLE;
        } catch (LoginWithAmazonNotConfiguredException e) {
            return configurationError(e);
        }
    }

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
        boolean inDoubt = stored.get().isRefreshInDoubt();
        try {
            TokenGrant current = deviceRecords.openTokens(deviceId);
            TokenGrant refreshed = loginWithAmazon.refresh(current.refreshToken());
            return storeRefresh(deviceId, version, refreshed);
        } catch (TokenExchangeRefusedException e) {
            if (e.reason() != TokenExchangeRefusedException.Reason.INVALID_GRANT) {
                deviceRecords.recordRefreshFailure(deviceId, version, e.getMessage(), clock.instant().plus(RETRY_REFRESH_AFTER), false);
            } else if (inDoubt) {
                return recoverAfterLostAnswer(deviceId, version);
            } else if (deviceRecords.recordRefused(deviceId, version, TokenProblem.REFUSED.text())) {
                LOG.warning(() -> "Amazon refused the refresh token of device " + deviceId + ": it needs setting up again");
            }
            return false;
        } catch (LoginWithAmazonAnswerLostException | TimeoutException e) {
            LOG.warning(() -> "The answer to the refresh of device " + deviceId + " was lost; retried with the same token soon");
            deviceRecords.recordRefreshFailure(deviceId, version, TokenProblem.ANSWER_LOST.text(),
                    clock.instant().plus(RETRY_AFTER_LOST_ANSWER), true);
            return false;
        } catch (LoginWithAmazonUnavailableException | FaultToleranceException e) {
            deviceRecords.recordRefreshFailure(deviceId, version, TokenProblem.UNAVAILABLE.text(),
                    clock.instant().plus(RETRY_REFRESH_AFTER), false);
            return false;
        }
    }

    private boolean recoverAfterLostAnswer(long deviceId, long version) {
        Optional<Device> device = deviceRecords.device(deviceId);
        if (device.isEmpty()) {
            return false;
        }
        try {
            TokenGrant tokens = loginWithAmazon.exchangePreRegistration(device.get().getModelId(), device.get().getSerialNumber());
            LOG.info(() -> "Device " + deviceId + " recovered its tokens by pre-registration after a lost refresh answer");
            return storeRefresh(deviceId, version, tokens);
        } catch (TokenExchangeRefusedException e) {
            LOG.warning(() -> "Amazon refused the refresh token of device " + deviceId + " after a lost answer; "
                    + "it needs setting up again if the next attempt is refused too");
            deviceRecords.recordDoubtSettled(deviceId, version, TokenProblem.REFUSED_AFTER_LOST_ANSWER.text(),
                    clock.instant().plus(RETRY_REFRESH_AFTER));
        } catch (LoginWithAmazonUnavailableException | FaultToleranceException e) {
            deviceRecords.recordRefreshFailure(deviceId, version, TokenProblem.UNAVAILABLE.text(),
                    clock.instant().plus(RETRY_REFRESH_AFTER), false);
        }
        return false;
    }

    private boolean storeRefresh(long deviceId, long version, TokenGrant refreshed) {
        if (!deviceRecords.recordRefresh(deviceId, version, refreshed)) {
            LOG.warning(() -> "The refreshed tokens of device " + deviceId + " were not stored: its tokens changed meanwhile");
            return false;
        }
        activityLog.record(Activity.TOKEN_REFRESH);
        return true;
    }

    /** How long a member who used up their setup attempts waits at most. */
    public Duration setupAttemptsWindow() {
        return configuration.setupAttemptsWindow();
    }

    /** Removes the device from the member's account and destroys its tokens; false when it is not theirs. */
    public Removal remove(long memberId, String modelId, String serialNumber) {
        Optional<Device> held = deviceRecords.deviceOf(memberId, modelId, serialNumber).filter(device -> device.isOwnedBy(memberId));
        if (held.isEmpty()) {
            return Removal.NOT_HELD;
        }
        // Amazon first: once the tokens are destroyed here, nobody could deregister the device any more
        if (!replenishment.get().deregister(held.get().getId())) {
            return Removal.AMAZON_UNAVAILABLE;
        }
        return deviceRecords.remove(memberId, modelId, serialNumber) ? Removal.REMOVED : Removal.NOT_HELD;
    }

    /** What removing a device came to. */
    public enum Removal {
        /** Deregistered at Amazon (when it had tokens) and released; its tokens destroyed. */
        REMOVED,
        NOT_HELD,
        /** Amazon could not be told: nothing changed, try again later. */
        AMAZON_UNAVAILABLE
    }

    /**
     * Claims up to {@code max} devices whose tokens fall due now, for this server to refresh. Each is claimed on its
     * own, so that when every server of a cluster runs the refresh, one of them gets each device; a claim that is not
     * followed by a refresh (the server died) expires after {@link #CLAIM_LEASE}.
     */
    public List<Long> claimDue(int max) {
        Instant now = clock.instant();
        return deviceRecords.dueForRefresh(now, max).stream().map(DeviceTokens::getDeviceId)
                .filter(deviceId -> deviceRecords.claimRefresh(deviceId, now, now.plus(CLAIM_LEASE)))
                .toList();
    }

    private Optional<Outcome> checkModelAndSerial(String modelId, String serialNumber) {
        Optional<DeviceModel> model = modelId == null ? Optional.empty() : models.findModel(modelId);
        if (model.isEmpty()) {
            return Optional.of(Outcome.UNKNOWN_MODEL);
        }
        if (!model.get().acceptsSerialNumber(serialNumber)) {
            return Optional.of(Outcome.INVALID_SERIAL);
        }
        return Optional.empty();
    }

    /**
     * The checks before an authorization code is exchanged: the model and serial, the attempts, and who holds the
     * device. The customer signed in at Amazon's consent page, which binds the tokens to them: proven.
     */
    private Optional<Outcome> admit(DeviceClaimant claimant, String modelId, String serialNumber) {
        Optional<Outcome> invalid = checkModelAndSerial(modelId, serialNumber);
        if (invalid.isPresent()) {
            return invalid;
        }
        if (!deviceRecords.reserveSetupAttempt(claimant, modelId, true)) {
            return Optional.of(Outcome.TOO_MANY_ATTEMPTS);
        }
        if (!deviceRecords.mayClaim(claimant, modelId, serialNumber)) {
            return Optional.of(Outcome.NOT_AVAILABLE);
        }
        return Optional.empty();
    }

    private Outcome store(DeviceClaimant claimant, String modelId, String serialNumber, TokenGrant tokens,
                          DeviceTokens.ObtainedBy obtainedBy) {
        try {
            // Its subscriptions are read once this commits (SubscriptionCheckTrigger)
            deviceRecords.recordSetUp(claimant, modelId, serialNumber, tokens, obtainedBy);
        } catch (DeviceNotClaimableException e) {
            // Another member's setup won the device while Amazon answered ours: the tokens we got are dropped.
            return Outcome.NOT_AVAILABLE;
        }
        activityLog.record(Activity.TOKEN_EXCHANGE);
        return Outcome.SET_UP;
    }

    private static Outcome configurationError(RuntimeException e) {
        LOG.severe(() -> "Login with Amazon is not configured correctly: " + e.getMessage());
        return Outcome.CONFIGURATION_ERROR;
    }
}
