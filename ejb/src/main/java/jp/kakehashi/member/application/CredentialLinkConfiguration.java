package jp.kakehashi.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long the credential self-service's mailed links work (defaults in microprofile-config.properties). */
@ApplicationScoped
public class CredentialLinkConfiguration {

    @Inject
    @ConfigProperty(name = "member.password-reset.lifetime")
    Duration passwordResetLifetime;

    @Inject
    @ConfigProperty(name = "member.email-change.lifetime")
    Duration emailChangeLifetime;

    /** Short: the link sets a password to whoever holds the mail. */
    public Duration passwordResetLifetime() {
        return passwordResetLifetime;
    }

    public Duration emailChangeLifetime() {
        return emailChangeLifetime;
    }
}
