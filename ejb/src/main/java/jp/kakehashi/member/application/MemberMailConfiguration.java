package jp.kakehashi.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

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
}
