package jp.kakehashi.drs.domain;

import java.time.Instant;
import java.util.Objects;

/** Login with Amazon tokens for one device. Never logged: toString shows only the expiry. */
public record TokenGrant(String accessToken, String refreshToken, Instant accessTokenExpiresAt) {

    public TokenGrant {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
    }

    @Override
    public String toString() {
        return "TokenGrant[expires " + accessTokenExpiresAt + "]";
    }
}
