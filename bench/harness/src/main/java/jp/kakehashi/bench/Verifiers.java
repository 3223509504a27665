package jp.kakehashi.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.verification.PinnedSigningCertificates;
import jp.kakehashi.sns.verification.SnsMessageParser;
import jp.kakehashi.sns.verification.SnsSignatureVerifier;
import jp.kakehashi.sns.verification.SnsVerificationPolicy;
import software.amazon.awssdk.messagemanager.sns.SnsMessageManager;
import software.amazon.awssdk.regions.Region;

/**
 * The two subjects: Kakehashi's SNS verification and AWS's {@code SnsMessageManager} (AWS SDK for Java 2,
 * sns-message-manager), each doing the whole of what a receiver does with a delivery's body: parse the JSON, take the
 * signing key from a cache, build the string to sign and check the RSA signature. Kakehashi's also checks, on every
 * message, the topic, the certificate URL's shape and region, the message's age and the certificate's validity at the
 * message's time; the SDK checks the certificate URL's host on every message, and the certificate's name and validity
 * once, when it fetches it (it then keeps the key, up to ten). Both take the certificate from a folder: Kakehashi as a
 * pinned certificate, the SDK through {@link CertificateFolder}. Thread-safe, as a receiver's are.
 */
final class Verifiers implements AutoCloseable {

    static final String KAKEHASHI = "Kakehashi (SnsMessageParser + SnsSignatureVerifier)";
    static final String SDK = "AWS SDK for Java 2 SnsMessageManager 2.47.4";

    private final SnsSignatureVerifier kakehashi;
    private final CertificateFolder sdkCertificates;
    private final SnsMessageManager sdk;

    Verifiers(Path certificates, String topicArn) {
        kakehashi = new SnsSignatureVerifier(
                new SnsVerificationPolicy(
                        Set.of(topicArn),
                        Pattern.compile(SnsVerificationPolicy.AWS_SIGNING_CERT_URL_PATTERN),
                        Duration.ofHours(1)),
                new PinnedSigningCertificates(certificates),
                Clock.systemUTC());
        sdkCertificates = new CertificateFolder(certificates);
        sdk = SnsMessageManager.builder()
                .region(Region.US_EAST_1)
                .httpClient(sdkCertificates)
                .build();
    }

    /** Kakehashi's: the parsed message, or a refusal with its reason. */
    SnsMessage kakehashi(String body) {
        SnsMessage message = SnsMessageParser.parse(body);
        kakehashi.verify(message);
        return message;
    }

    /** The SDK's: the parsed message, or a refusal with its reason. */
    software.amazon.awssdk.messagemanager.sns.model.SnsMessage sdk(String body) {
        return sdk.parseMessage(body);
    }

    /** How often the SDK has fetched the certificate so far. */
    long sdkCertificateFetches() {
        return sdkCertificates.fetches();
    }

    @Override
    public void close() {
        sdk.close();
    }
}
