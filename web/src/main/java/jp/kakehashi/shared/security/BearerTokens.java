package jp.kakehashi.shared.security;

import java.util.Optional;
import java.util.Set;

/** App access tokens and device credentials, which the member feature issues and checks. */
public interface BearerTokens {

    /** The caller a current token stands for; empty for an unknown, expired or revoked one. */
    Optional<BearerCaller> authenticate(String token);

    /** @param deviceScope "model/serial" for a device's credential; null for the member's app */
    record BearerCaller(String name, Set<String> groups, String deviceScope) {

        public boolean isDevice() {
            return deviceScope != null;
        }
    }
}
