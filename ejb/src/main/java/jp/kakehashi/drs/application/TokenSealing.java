package jp.kakehashi.drs.application;

import jp.kakehashi.drs.domain.TokenGrant;

/**
 * Seals a device's tokens before they are stored and opens them again, bound to the device (the port that
 * DeviceTokenVault implements).
 */
public interface TokenSealing {

    String seal(long deviceId, TokenGrant grant);

    TokenGrant open(long deviceId, String sealed);

    /** The id of the key that {@link #seal} uses now, stored beside the sealed tokens. */
    String currentKeyId();
}
