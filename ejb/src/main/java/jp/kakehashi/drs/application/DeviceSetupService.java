package jp.kakehashi.drs.application;

import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The devices members set up, and the tokens Kakehashi keeps for them. */
public interface DeviceSetupService {

    /** Stores the device as set up (by the member; null when pushed on Amazon's notification), its tokens sealed. */
    Device recordSetUp(Long memberId, String modelId, String serialNumber, TokenGrant tokens, DeviceTokens.ObtainedBy obtainedBy);

    /** The member's devices: those they set up, and those Amazon pre-registered for their linked Amazon account. */
    List<Device> devicesOf(long memberId, String amazonBuyerId);

    Optional<DeviceTokens> tokensOf(long deviceId);

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

    void recordRefresh(long deviceId, TokenGrant tokens);

    void recordRefreshFailure(long deviceId, String error, Instant retryAt);

    /** Amazon refused the refresh token: the device must be set up again. */
    void recordRefused(long deviceId, String error);
}
