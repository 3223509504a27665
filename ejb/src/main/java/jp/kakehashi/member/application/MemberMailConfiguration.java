package jp.kakehashi.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** Verification links and the mails the member feature sends (defaults in microprofile-config.properties). */
@ApplicationScoped
public class MemberMailConfiguration {

    @Inject
    @ConfigProperty(name = "kakehashi.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "member.email-verification.lifetime")
    Duration verificationLifetime;

    @Inject
    @ConfigProperty(name = "member.mail.max-per-address")
    int maxMailsPerAddress;

    @Inject
    @ConfigProperty(name = "member.mail.window")
    Duration mailWindow;

    @Inject
    @ConfigProperty(name = "member.mail.max-per-source")
    int maxMailsPerSource;

    @Inject
    @ConfigProperty(name = "member.mail.max-overall")
    int maxMailsOverall;

    /** A regular expression of client addresses never limited per source; unset: none. */
    @Inject
    @ConfigProperty(name = "member.mail.unlimited-sources")
    Optional<String> unlimitedSources;

    private volatile MailLimiter limiter;

    /** The shop's public base URL, without a trailing slash: links in mails point at it. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public Duration verificationLifetime() {
        return verificationLifetime;
    }

    public int maxMailsPerAddress() {
        return maxMailsPerAddress;
    }

    public Duration mailWindow() {
        return mailWindow;
    }

    /** The per-source and overall limits (a bad setting fails the first registration, naming the settings). */
    public MailLimiter limiter() {
        if (limiter == null) {
            try {
                limiter = new MailLimiter(maxMailsPerSource, maxMailsOverall, mailWindow,
                        unlimitedSources.filter(pattern -> !pattern.isBlank()).map(Pattern::compile).orElse(null));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("member.mail.max-per-source, member.mail.max-overall, member.mail.window"
                        + " or member.mail.unlimited-sources is not valid: " + e.getMessage(), e);
            }
        }
        return limiter;
    }
}
