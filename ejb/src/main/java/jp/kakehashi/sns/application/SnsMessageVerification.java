package jp.kakehashi.sns.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;
import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.verification.DownloadedSigningCertificates;
import jp.kakehashi.sns.verification.PinnedSigningCertificates;
import jp.kakehashi.sns.verification.SigningCertificates;
import jp.kakehashi.sns.verification.SnsSignatureVerifier;
import jp.kakehashi.sns.verification.SnsVerificationPolicy;

/**
 * The verifier as configured, built once: its certificate cache lives as long as the application.
 * <p>
 * We verify ourselves rather than with AWS's sns-message-manager: that one trusts a single region, checks
 * certificates against the current time only, cannot pin certificates or widen the URL rule for the sandbox, and
 * brings about 11 MB of dependencies.
 */
@ApplicationScoped
public class SnsMessageVerification {

    private static final Logger LOG = Logger.getLogger(SnsMessageVerification.class.getName());

    @Inject
    private SnsConfiguration configuration;

    private SnsSignatureVerifier verifier;

    @PostConstruct
    void configure() {
        SigningCertificates certificates = configuration
                .certificatesDir()
                .<SigningCertificates>map(dir -> new PinnedSigningCertificates(Path.of(dir)))
                .orElseGet(() -> new DownloadedSigningCertificates(configuration.httpTimeout()));
        SnsVerificationPolicy policy = new SnsVerificationPolicy(
                configuration.topicArns(), configuration.signingCertUrlPattern(), configuration.maxMessageAge());
        verifier = new SnsSignatureVerifier(policy, certificates, Clock.systemUTC());
        if (policy.topicArns().isEmpty()) {
            LOG.warning("sns.topic-arns is empty: every SNS message will be refused");
        }
    }

    /** @throws jp.kakehashi.sns.verification.SnsVerificationException when the message is not to be trusted */
    public void verify(SnsMessage message) {
        verifier.verify(message);
    }
}
