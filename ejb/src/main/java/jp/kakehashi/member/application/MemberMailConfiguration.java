package jp.kakehashi.member.application;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.kakehashi.shared.config.Settings;

/**
 * Verification links and the mails the member feature sends (defaults in microprofile-config.properties). publicUrl
 * is the shop's public base URL, without a trailing slash: links in mails point at it. unlimitedSources is a regular
 * expression of client addresses never limited per source; unset: none.
 */
@Settings({
    "kakehashi.public-url",
    "member.email-verification.lifetime",
    "member.mail.max-per-address",
    "member.mail.window",
    "member.mail.max-per-source",
    "member.mail.max-overall",
    "member.mail.unlimited-sources"
})
public record MemberMailConfiguration(
        String publicUrl,
        Duration verificationLifetime,
        int maxMailsPerAddress,
        Duration mailWindow,
        int maxMailsPerSource,
        int maxMailsOverall,
        Optional<String> unlimitedSources) {

    public MemberMailConfiguration {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The per-source and overall limits (a bad setting fails the first registration, naming the settings). */
    public MailLimiter limiter() {
        try {
            return new MailLimiter(
                    maxMailsPerSource,
                    maxMailsOverall,
                    mailWindow,
                    unlimitedSources.map(Pattern::compile).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "member.mail.max-per-source, member.mail.max-overall, member.mail.window"
                            + " or member.mail.unlimited-sources is not valid: " + e.getMessage(),
                    e);
        }
    }
}
