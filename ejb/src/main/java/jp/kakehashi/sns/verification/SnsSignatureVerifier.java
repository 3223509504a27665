package jp.kakehashi.sns.verification;

import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.BAD_SIGNATURE;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.CERTIFICATE_NOT_VALID;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.CERTIFICATE_URL_NOT_TRUSTED;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.MESSAGE_FROM_THE_FUTURE;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.STALE_MESSAGE;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.TOPIC_NOT_ACCEPTED;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.UNSUPPORTED_SIGNATURE_VERSION;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import jp.kakehashi.sns.domain.SnsMessage;

/**
 * Checks that an SNS message was signed by AWS for one of our topics, as the AWS SDKs do, with what they leave out:
 * any number of regions, certificates judged at the message's own {@code Timestamp} (so a message is judged by the
 * certificate that was valid when AWS signed it), an injectable clock, and pinned certificates.
 * <p>
 * Cheap checks come first, so that forged messages cost no certificate download.
 */
public final class SnsSignatureVerifier {

    private static final Pattern SIGNING_HOST =
            Pattern.compile("sns(-signing\\.[a-z0-9-]+)?\\.amazonaws\\.com(\\.cn)?");
    private static final int DNS_NAME = 2;
    private static final Pattern AWS_HOST = Pattern.compile("https://sns\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?/");

    private final SnsVerificationPolicy policy;
    private final SigningCertificates certificates;
    private final Clock clock;

    public SnsSignatureVerifier(SnsVerificationPolicy policy, SigningCertificates certificates, Clock clock) {
        this.policy = policy;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** @throws SnsVerificationException with the reason when the message is not to be trusted */
    public void verify(SnsMessage message) {
        if (!policy.topicArns().contains(message.topicArn())) {
            throw new SnsVerificationException(TOPIC_NOT_ACCEPTED, message.topicArn());
        }
        if (!policy.signingCertUrlPattern().matcher(message.signingCertUrl()).matches()
                || !sameRegionAsTopic(message.signingCertUrl(), message.topicArn())) {
            throw new SnsVerificationException(CERTIFICATE_URL_NOT_TRUSTED, message.signingCertUrl());
        }
        if (message.subscribeUrl() != null && !isSubscribeUrlOf(message)) {
            throw new SnsVerificationException(CERTIFICATE_URL_NOT_TRUSTED, "SubscribeURL not at the signing host");
        }
        checkAge(message.timestamp());
        String algorithm = switch (message.signatureVersion()) {
            case "1" -> "SHA1withRSA";
            case "2" -> "SHA256withRSA";
            default -> throw new SnsVerificationException(UNSUPPORTED_SIGNATURE_VERSION, message.signatureVersion());
        };
        X509Certificate certificate = certificates.certificate(message.signingCertUrl());
        checkCertificate(certificate, message.timestamp());
        checkSignature(message, algorithm, certificate);
    }

    /** An AWS host must be the topic's own region's: a certificate from another region's host signs nothing of ours. */
    private static boolean sameRegionAsTopic(String signingCertUrl, String topicArn) {
        Matcher host = AWS_HOST.matcher(signingCertUrl);
        if (!host.lookingAt()) {
            return true; // not an AWS host: the configured pattern alone decides (the sandbox, in the demo only)
        }
        String[] arn = topicArn.split(":");
        return arn.length > 3 && host.group(1).equals(arn[3]);
    }

    /** The confirmation URL Kakehashi will GET must be the signing host's, and for this very topic. */
    private static boolean isSubscribeUrlOf(SnsMessage message) {
        if (message.subscribeUrl() == null || message.signingCertUrl() == null) {
            return false;
        }
        try {
            URI subscribe = URI.create(message.subscribeUrl());
            URI certificate = URI.create(message.signingCertUrl());
            return subscribe.getScheme() != null
                    && subscribe.getHost() != null
                    && subscribe.getScheme().equals(certificate.getScheme())
                    && subscribe.getHost().equals(certificate.getHost())
                    && subscribe.getPort() == certificate.getPort()
                    && subscribe.getRawQuery() != null
                    && subscribe.getRawQuery().contains("Action=ConfirmSubscription")
                    && subscribe.getRawQuery().contains("TopicArn=" + message.topicArn());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void checkAge(Instant timestamp) {
        Instant now = clock.instant();
        if (timestamp.isBefore(now.minus(policy.maxMessageAge()))) {
            throw new SnsVerificationException(
                    STALE_MESSAGE,
                    "sent " + Duration.between(timestamp, now).toSeconds() + " s ago, limit " + policy.maxMessageAge());
        }
        if (timestamp.isAfter(now.plus(SnsVerificationPolicy.ALLOWED_CLOCK_SKEW))) {
            throw new SnsVerificationException(MESSAGE_FROM_THE_FUTURE, timestamp.toString());
        }
    }

    private static void checkCertificate(X509Certificate certificate, Instant signedAt) {
        try {
            certificate.checkValidity(Date.from(signedAt));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new SnsVerificationException(CERTIFICATE_NOT_VALID, "not valid at " + signedAt, e);
        }
        if (!isForSigningHost(certificate)) {
            throw new SnsVerificationException(
                    CERTIFICATE_NOT_VALID,
                    "issued to " + certificate.getSubjectX500Principal().getName() + ", not to SNS");
        }
    }

    private static boolean isForSigningHost(X509Certificate certificate) {
        try {
            Collection<List<?>> alternativeNames = certificate.getSubjectAlternativeNames();
            if (alternativeNames != null) {
                for (List<?> name : alternativeNames) {
                    if (((Integer) name.get(0)) == DNS_NAME
                            && SIGNING_HOST.matcher(String.valueOf(name.get(1))).matches()) {
                        return true;
                    }
                }
            }
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())
                        && SIGNING_HOST.matcher(String.valueOf(rdn.getValue())).matches()) {
                    return true;
                }
            }
            return false;
        } catch (CertificateParsingException | InvalidNameException e) {
            return false;
        }
    }

    private static void checkSignature(SnsMessage message, String algorithm, X509Certificate certificate) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(message.signature());
        } catch (IllegalArgumentException e) {
            throw new SnsVerificationException(BAD_SIGNATURE, "Signature is not Base64", e);
        }
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(SnsStringToSign.of(message).getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(signature)) {
                throw new SnsVerificationException(BAD_SIGNATURE, "message " + message.messageId());
            }
        } catch (GeneralSecurityException e) {
            throw new SnsVerificationException(BAD_SIGNATURE, "message " + message.messageId(), e);
        }
    }
}
