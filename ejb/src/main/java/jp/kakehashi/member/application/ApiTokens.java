package jp.kakehashi.member.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Credentials fit for apps and devices: the companion app signs in once (with the password: one hash) and then calls
 * with a short-lived access token, renewed by a refresh token that is spent on use; a device gets a credential of
 * its own, scoped to it. Every token is random, shown once, and kept only as its SHA-256 hash.
 */
public interface ApiTokens {

    /** A new sign-in of the member's app: an access token and a refresh token of a new family. */
    TokenPair issue(long memberId);

    /**
     * A new pair for a refresh token, which is spent. A spent (or revoked) refresh token presented again revokes
     * every token of its sign-in: it was stolen, or the app is broken. Empty when it is not a usable refresh token.
     */
    Optional<TokenPair> refresh(String refreshToken);

    /** The caller an access or device token stands for; empty for anything else (refresh tokens included). */
    Optional<TokenCaller> authenticate(String token);

    /** Revokes the token and, for an access or refresh token, its whole sign-in (RFC 7009: unknown tokens are ignored). */
    void revoke(String token);

    /** A device's own credential, usable for that device only, until it expires (api.device-credential.lifetime) or is revoked. */
    String issueDeviceCredential(long memberId, String modelId, String serialNumber);

    /**
     * A device's credential for a new one of a full lifetime: the one given is revoked. Empty when it is not a usable
     * device credential.
     */
    Optional<String> rotateDeviceCredential(String deviceCredential);

    /** The member's usable device credentials (never their values), by device, oldest first. */
    List<DeviceCredential> deviceCredentials(long memberId);

    /**
     * Revokes every credential of the member: every sign-in of the app and every device credential. Sign-out
     * everywhere calls it; so will a password change or a disabled member.
     */
    int revokeEverything(long memberId);

    /** Revokes every credential of the device (it was removed or changed hands): how many. */
    int revokeDeviceCredentials(String modelId, String serialNumber);

    /** @param id a short name for the credential (part of its hash: it tells nothing of the secret) */
    record DeviceCredential(
            String id, String modelId, String serialNumber, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {}

    record TokenPair(String accessToken, Instant accessTokenExpiresAt, String refreshToken) {
        @Override
        public String toString() {
            return "TokenPair[expires " + accessTokenExpiresAt + "]";
        }
    }

    /** @param deviceScope "model/serial" for a device's credential; null for the member's app */
    record TokenCaller(long memberId, String deviceScope) {
        public boolean isDevice() {
            return deviceScope != null;
        }

        public static String scopeOf(String modelId, String serialNumber) {
            return modelId + "/" + serialNumber;
        }
    }
}
