package jp.kakehashi.member.application;

import java.time.Duration;
import jp.kakehashi.shared.config.Settings;

/** Lifetimes of the API's tokens (api.*). */
@Settings({"api.access-token.lifetime", "api.refresh-token.lifetime", "api.device-credential.lifetime"})
public record ApiTokenConfiguration(
        Duration accessTokenLifetime, Duration refreshTokenLifetime, Duration deviceCredentialLifetime) {}
