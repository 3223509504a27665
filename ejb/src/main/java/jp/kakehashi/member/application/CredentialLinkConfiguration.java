package jp.kakehashi.member.application;

import java.time.Duration;
import jp.kakehashi.shared.config.Settings;

/**
 * How long the credential self-service's mailed links work (defaults in microprofile-config.properties). The reset
 * link's is short: it sets a password for whoever holds the mail.
 */
@Settings({"member.password-reset.lifetime", "member.email-change.lifetime"})
public record CredentialLinkConfiguration(Duration passwordResetLifetime, Duration emailChangeLifetime) {}
