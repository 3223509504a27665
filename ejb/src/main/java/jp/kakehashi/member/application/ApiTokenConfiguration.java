package jp.kakehashi.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Lifetimes of the API's tokens (api.*). */
@ApplicationScoped
public class ApiTokenConfiguration {

    @Inject
    @ConfigProperty(name = "api.access-token.lifetime")
    Duration accessTokenLifetime;

    @Inject
    @ConfigProperty(name = "api.refresh-token.lifetime")
    Duration refreshTokenLifetime;

    @Inject
    @ConfigProperty(name = "api.device-credential.lifetime")
    Duration deviceCredentialLifetime;

    public Duration deviceCredentialLifetime() {
        return deviceCredentialLifetime;
    }

    public Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    public Duration refreshTokenLifetime() {
        return refreshTokenLifetime;
    }
}
