package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceClaimant;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.shared.activity.ActivityLog;

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
 * <p>Grants that cannot be repeated: see {@link #completeAuthorization} (and TokenRefresh, which refreshes the tokens
 * stored here).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeviceSetup {

    private static final Logger LOG = Logger.getLogger(DeviceSetup.class.getName());

    /** What the member is told. */
    public enum Outcome {
        SET_UP,
        NOT_PRE_REGISTERED,
        UNKNOWN_MODEL,
        INVALID_SERIAL,
        NOT_AVAILABLE,
        TOO_MANY_ATTEMPTS,
        AUTHORIZATION_REFUSED,
        ANSWER_LOST,
        UNAVAILABLE,
        CONFIGURATION_ERROR
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

    @Inject
    private Replenishment replenishment;

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
        return setUpWith(
                () -> loginWithAmazon.exchangePreRegistration(modelId, serialNumber),
                claimant,
                modelId,
                serialNumber,
                DeviceTokens.ObtainedBy.PRE_REGISTRATION);
    }

    /** Push: the device's tokens, before any member has set it up; skipped when Kakehashi already holds some. */
    public Outcome setUpOnNotification(String modelId, String serialNumber) {
        if (deviceRecords.hasActiveTokens(modelId, serialNumber)) {
            return Outcome.SET_UP;
        }
        return setUpWith(
                () -> loginWithAmazon.exchangePreRegistration(modelId, serialNumber),
                null,
                modelId,
                serialNumber,
                DeviceTokens.ObtainedBy.PRE_REGISTRATION);
    }

    /**
     * The standard setup's end: Amazon's consent page came back with an authorization code. The code is spent by
     * Amazon on first use, so it is not exchanged for a device the member may not have, and an exchange whose answer
     * was lost is not repeated: the member is asked to start the setup again ({@link Outcome#ANSWER_LOST}).
     */
    public Outcome completeAuthorization(
            DeviceClaimant claimant, String modelId, String serialNumber, String code, String redirectUri) {
        Optional<Outcome> refused = admit(claimant, modelId, serialNumber);
        if (refused.isPresent()) {
            return refused.get();
        }
        return setUpWith(
                () -> loginWithAmazon.exchangeAuthorizationCode(code, redirectUri),
                claimant,
                modelId,
                serialNumber,
                DeviceTokens.ObtainedBy.AUTHORIZATION_CODE);
    }

    /** How long a member who used up their setup attempts waits at most. */
    public Duration setupAttemptsWindow() {
        return configuration.setupAttemptsWindow();
    }

    /** Removes the device from the member's account and destroys its tokens; false when it is not theirs. */
    public Removal remove(long memberId, String modelId, String serialNumber) {
        Optional<Device> held =
                deviceRecords.deviceOf(memberId, modelId, serialNumber).filter(device -> device.isOwnedBy(memberId));
        if (held.isEmpty()) {
            return Removal.NOT_HELD;
        }
        // Amazon first: once the tokens are destroyed here, nobody could deregister the device any more
        if (!replenishment.deregister(held.get().getId())) {
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

    /**
     * One exchange at Login with Amazon and, when it yields tokens, their storing: its failures mapped to what the
     * member is told in one place. A pre-registration exchange can be asked again, so its lost answer is only
     * UNAVAILABLE; an authorization code is spent on first use, so its lost answer sends the member back to the start.
     */
    private Outcome setUpWith(
            Supplier<TokenGrant> exchange,
            DeviceClaimant claimant,
            String modelId,
            String serialNumber,
            DeviceTokens.ObtainedBy obtainedBy) {
        boolean byCode = obtainedBy == DeviceTokens.ObtainedBy.AUTHORIZATION_CODE;
        TokenGrant tokens;
        try {
            tokens = exchange.get();
        } catch (RuntimeException e) {
            return switch (LoginWithAmazonFailure.of(e)) {
                case CLIENT_REFUSED, NOT_CONFIGURED -> configurationError(e);
                case GRANT_REFUSED, REFUSED -> byCode ? Outcome.AUTHORIZATION_REFUSED : Outcome.NOT_PRE_REGISTERED;
                case ANSWER_LOST -> byCode ? Outcome.ANSWER_LOST : Outcome.UNAVAILABLE;
                case UNAVAILABLE -> Outcome.UNAVAILABLE;
            };
        }
        return store(claimant, modelId, serialNumber, tokens, obtainedBy);
    }

    private Outcome store(
            DeviceClaimant claimant,
            String modelId,
            String serialNumber,
            TokenGrant tokens,
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
