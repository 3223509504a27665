package jp.kakehashi.drs.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceClaimant;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;

/**
 * What Kakehashi keeps of devices: who holds each, the tokens sealed for them, members' setup attempts; each method a
 * transaction of its own. The use case that calls Amazon and stores its answer here is {@link DeviceSetup}.
 */
public interface DeviceRecords {

    /**
     * Stores the device as set up, its tokens sealed: by the member (who must be allowed to claim it, else
     * {@link DeviceNotClaimableException} and nothing changes), or pushed on Amazon's notification (null claimant),
     * which leaves the device's member as it is.
     */
    Device recordSetUp(
            DeviceClaimant claimant,
            String modelId,
            String serialNumber,
            TokenGrant tokens,
            DeviceTokens.ObtainedBy obtainedBy);

    /** Whether the member may set this device up (see {@link Device#claimableBy}); true for a device not known yet. */
    boolean mayClaim(DeviceClaimant claimant, String modelId, String serialNumber);

    /**
     * Whether Kakehashi knows Amazon registered this device to the Amazon account the member linked: Amazon's
     * DeviceRegisteredNotification named the customer, and Get Buyer named the member's buyerId. False for a device
     * not known yet.
     */
    boolean registeredToAmazonAccountOf(DeviceClaimant claimant, String modelId, String serialNumber);

    /**
     * Counts a setup attempt against the limits, in a transaction of its own so that it counts whatever follows: the
     * member's and the source address's, and, for an attempt that did not prove the customer, the model's. False, and
     * nothing counted, when one of them is used up for the window.
     */
    boolean reserveSetupAttempt(DeviceClaimant claimant, String modelId, boolean proven);

    boolean hasActiveTokens(String modelId, String serialNumber);

    /** The member's devices: those they hold, and those Amazon registered to their linked Amazon account that nobody holds. */
    List<Device> devicesOf(long memberId, String amazonBuyerId);

    /** The member's device with this model and serial, if they hold it. */
    Optional<Device> deviceOf(long memberId, String modelId, String serialNumber);

    /** Releases the member's device and destroys its tokens; false when they do not hold it. */
    boolean remove(long memberId, String modelId, String serialNumber);

    Optional<Device> device(long deviceId);

    Optional<DeviceTokens> tokensOf(long deviceId);

    /** The tokens of each of these devices that has any, by device id: one query for a page of devices. */
    java.util.Map<Long, DeviceTokens> tokensOf(java.util.Collection<Long> deviceIds);

    /** Devices whose access token falls due for a refresh by then. */
    List<DeviceTokens> dueForRefresh(Instant by, int max);

    /** Makes every active device's tokens fall due at {@code now}: how many. */
    int markAllDue(Instant now);

    /** Active tokens, those of them due by {@code now}, and devices that need setting up again. */
    TokenCounts countTokens(Instant now);

    /**
     * Claims a due refresh for this server until {@code until}: true for exactly one caller however many servers ask
     * at once, so that only one of them calls Login with Amazon with the device's refresh token.
     */
    boolean claimRefresh(long deviceId, Instant now, Instant until);

    TokenGrant openTokens(long deviceId);

    // Each result of a refresh is stored only onto the tokens it started from ({@code version}); false otherwise.

    boolean recordRefresh(long deviceId, long version, TokenGrant tokens);

    /** A failed refresh, retried at {@code retryAt}; {@code answerLost}: Amazon may have acted on it. */
    boolean recordRefreshFailure(long deviceId, long version, String error, Instant retryAt, boolean answerLost);

    /** Amazon refused the stored refresh token once after a lost answer: the next refusal will count. */
    boolean recordDoubtSettled(long deviceId, long version, String error, Instant retryAt);

    /** Amazon refused the refresh token: the device must be set up again. */
    boolean recordRefused(long deviceId, long version, String error);
}
