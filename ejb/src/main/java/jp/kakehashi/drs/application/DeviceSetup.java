package jp.kakehashi.drs.application;

import jp.kakehashi.admin.application.ActivityLog;
import jp.kakehashi.admin.domain.Activity;
import jakarta.ejb.EJBException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Setting up a device for Dash Replenishment (seed 003), pull first: exchange its serial and model for tokens; when it
 * was not pre-registered, the companion app shows the DRS teaser and the standard Login with Amazon setup follows.
 * Not an EJB on purpose: calls to Amazon happen outside any transaction, each result is stored in one of its own.
 */
@ApplicationScoped
public class DeviceSetup {

    private static final Logger LOG = Logger.getLogger(DeviceSetup.class.getName());
    private static final Duration RETRY_REFRESH_AFTER = Duration.ofMinutes(5);
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    /** What the member is told. */
    public enum Outcome {
        SET_UP, NOT_PRE_REGISTERED, UNKNOWN_MODEL, INVALID_SERIAL, MODEL_NOT_LAUNCHED, MODEL_OF_ANOTHER_CLIENT,
        AUTHORIZATION_REFUSED, UNAVAILABLE, CONFIGURATION_ERROR
    }

    @Inject
    private DeviceModelService models;

    @Inject
    private LoginWithAmazon loginWithAmazon;

    @Inject
    private DeviceSetupService setups;

    @Inject
    private ActivityLog activityLog;

    private final Clock clock = Clock.systemUTC();

    /** Pull (seed 003's recommendation): the device_preregistration exchange. */
    public Outcome setUp(long memberId, String modelId, String serialNumber) {
        Optional<Outcome> invalid = check(modelId, serialNumber);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        try {
            TokenGrant tokens = loginWithAmazon.exchangePreRegistration(modelId, serialNumber);
            setups.recordSetUp(memberId, modelId, serialNumber, tokens, DeviceTokens.ObtainedBy.PRE_REGISTRATION);
            activityLog.record(Activity.TOKEN_EXCHANGE);
            return Outcome.SET_UP;
        } catch (TokenExchangeRefusedException e) {
            return switch (e.reason()) {
                case DEVICE_NOT_PRE_REGISTERED -> Outcome.NOT_PRE_REGISTERED;
                case MODEL_NOT_LAUNCHED -> Outcome.MODEL_NOT_LAUNCHED;
                case MODEL_OF_ANOTHER_CLIENT -> Outcome.MODEL_OF_ANOTHER_CLIENT;
                case INVALID_CLIENT -> configurationError(e);
                default -> Outcome.AUTHORIZATION_REFUSED;
            };
        } catch (LoginWithAmazonUnavailableException | FaultToleranceException e) {
            return Outcome.UNAVAILABLE;
        } catch (IllegalStateException e) {
            return configurationError(e);
        }
    }

    /** Push: the device's tokens, before any member has set it up. */
    public Outcome setUpOnNotification(String modelId, String serialNumber) {
        try {
            TokenGrant tokens = loginWithAmazon.exchangePreRegistration(modelId, serialNumber);
            setups.recordSetUp(null, modelId, serialNumber, tokens, DeviceTokens.ObtainedBy.PRE_REGISTRATION);
            activityLog.record(Activity.TOKEN_EXCHANGE);
            return Outcome.SET_UP;
        } catch (TokenExchangeRefusedException e) {
            return e.reason() == TokenExchangeRefusedException.Reason.DEVICE_NOT_PRE_REGISTERED ? Outcome.NOT_PRE_REGISTERED
                    : Outcome.AUTHORIZATION_REFUSED;
        } catch (LoginWithAmazonUnavailableException | FaultToleranceException e) {
            return Outcome.UNAVAILABLE;
        }
    }

    /** The standard setup's end: Amazon's consent page came back with an authorization code. */
    public Outcome completeAuthorization(long memberId, String modelId, String serialNumber, String code, String redirectUri) {
        Optional<Outcome> invalid = check(modelId, serialNumber);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        try {
            TokenGrant tokens = loginWithAmazon.exchangeAuthorizationCode(code, redirectUri);
            setups.recordSetUp(memberId, modelId, serialNumber, tokens, DeviceTokens.ObtainedBy.AUTHORIZATION_CODE);
            activityLog.record(Activity.TOKEN_EXCHANGE);
            return Outcome.SET_UP;
        } catch (TokenExchangeRefusedException e) {
            return e.reason() == TokenExchangeRefusedException.Reason.INVALID_CLIENT ? configurationError(e) : Outcome.AUTHORIZATION_REFUSED;
        } catch (LoginWithAmazonUnavailableException | FaultToleranceException e) {
            return Outcome.UNAVAILABLE;
        }
    }

    /** Refreshes one device's tokens now; a refused refresh token marks it as needing setup again. */
    public boolean refresh(long deviceId) {
        try {
            TokenGrant current = setups.openTokens(deviceId);
            TokenGrant refreshed = loginWithAmazon.refresh(current.refreshToken());
            try {
                setups.recordRefresh(deviceId, refreshed);
            } catch (EJBException e) {
                // Refreshed at the same moment elsewhere (an admin's "refresh now"): the other write won the row.
                LOG.warning(() -> "The refreshed tokens of device " + deviceId + " could not be stored: " + e.getCause());
                return false;
            }
            activityLog.record(Activity.TOKEN_REFRESH);
            return true;
        } catch (TokenExchangeRefusedException e) {
            if (e.reason() == TokenExchangeRefusedException.Reason.INVALID_GRANT) {
                LOG.warning(() -> "Amazon refused the refresh token of device " + deviceId + ": it needs setting up again");
                setups.recordRefused(deviceId, e.getMessage());
            } else {
                setups.recordRefreshFailure(deviceId, e.getMessage(), clock.instant().plus(RETRY_REFRESH_AFTER));
            }
            return false;
        } catch (LoginWithAmazonUnavailableException | FaultToleranceException e) {
            setups.recordRefreshFailure(deviceId, "Login with Amazon unavailable", clock.instant().plus(RETRY_REFRESH_AFTER));
            return false;
        }
    }

    /**
     * Claims up to {@code max} devices whose tokens fall due now, for this server to refresh. Each is claimed on its
     * own, so that when every server of a cluster runs the refresh, one of them gets each device; a claim that is not
     * followed by a refresh (the server died) expires after {@link #CLAIM_LEASE}.
     */
    public List<Long> claimDue(int max) {
        Instant now = clock.instant();
        return setups.dueForRefresh(now, max).stream().map(DeviceTokens::getDeviceId)
                .filter(deviceId -> setups.claimRefresh(deviceId, now, now.plus(CLAIM_LEASE)))
                .toList();
    }

    private Optional<Outcome> check(String modelId, String serialNumber) {
        Optional<DeviceModel> model = modelId == null ? Optional.empty() : models.findModel(modelId);
        if (model.isEmpty()) {
            return Optional.of(Outcome.UNKNOWN_MODEL);
        }
        if (!model.get().acceptsSerialNumber(serialNumber)) {
            return Optional.of(Outcome.INVALID_SERIAL);
        }
        return Optional.empty();
    }

    private static Outcome configurationError(RuntimeException e) {
        LOG.severe(() -> "Login with Amazon is not configured correctly: " + e.getMessage());
        return Outcome.CONFIGURATION_ERROR;
    }
}
