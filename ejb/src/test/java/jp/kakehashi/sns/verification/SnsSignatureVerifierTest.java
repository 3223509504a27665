package jp.kakehashi.sns.verification;

import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.BAD_SIGNATURE;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.CERTIFICATE_NOT_VALID;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.CERTIFICATE_URL_NOT_TRUSTED;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.MESSAGE_FROM_THE_FUTURE;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.STALE_MESSAGE;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.TOPIC_NOT_ACCEPTED;
import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.UNSUPPORTED_SIGNATURE_VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kakehashi.sns.domain.SnsMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verifier against real messages signed by AWS (test resources aws-sns, with their provenance), with a clock fixed just after each
 * message was sent: their certificates have expired since.
 */
class SnsSignatureVerifierTest {

    private static Path fixtures;

    @BeforeAll
    static void findFixtures() {
        fixtures = AwsSnsFixtures.folder();
    }

    static Stream<String> realMessages() throws IOException {
        return fixtureNames().filter(name -> !name.endsWith(".tampered.json"));
    }

    static Stream<String> tamperedMessages() throws IOException {
        return fixtureNames().filter(name -> name.endsWith(".tampered.json"));
    }

    private static Stream<String> fixtureNames() throws IOException {
        try (Stream<Path> files = Files.list(AwsSnsFixtures.folder())) {
            return files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realMessages")
    void everyRealAwsMessageVerifies(String fixture) throws IOException {
        SnsMessage message = read(fixture);

        verifierFor(message, message.timestamp().plusSeconds(60)).verify(message);
    }

    @ParameterizedTest
    @MethodSource("tamperedMessages")
    void everyTamperedMessageFails(String fixture) throws IOException {
        SnsMessage message = read(fixture);

        assertRefused(BAD_SIGNATURE, verifierFor(message, message.timestamp().plusSeconds(60)), message);
    }

    @Test
    void aTopicWeDoNotSubscribeToIsRefused() throws IOException {
        SnsMessage message = read("javav2-notification-v2.json");
        SnsSignatureVerifier verifier = new SnsSignatureVerifier(
                new SnsVerificationPolicy(
                        Set.of("arn:aws:sns:us-west-2:131990247566:another-topic"), awsPattern(), Duration.ofHours(1)),
                new PinnedSigningCertificates(fixtures),
                clockAt(message.timestamp()));

        assertRefused(TOPIC_NOT_ACCEPTED, verifier, message);
    }

    @Test
    void aMessageOlderThanTheLimitIsRefusedAsAReplay() throws IOException {
        SnsMessage message = read("javav2-notification-v2.json");

        assertRefused(STALE_MESSAGE, verifierFor(message, message.timestamp().plus(Duration.ofMinutes(61))), message);
    }

    /**
     * SNS retries an HTTP delivery for up to an hour with the message's original Timestamp; a 403 on its last retry
     * would lose a genuine notification for good. Under the default age, with our clock five minutes ahead, it passes.
     */
    @Test
    void aGenuineMessagesLastRetryIsAcceptedUnderTheDefaultAge() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        Duration defaultAge = Duration.parse(defaults.getProperty("sns.max-message-age"));
        SnsMessage message = read("javav2-notification-v2.json");
        Instant lastRetryOnASkewedClock =
                message.timestamp().plus(Duration.ofHours(1)).plus(SnsVerificationPolicy.ALLOWED_CLOCK_SKEW);

        new SnsSignatureVerifier(
                        new SnsVerificationPolicy(Set.of(message.topicArn()), awsPattern(), defaultAge),
                        new PinnedSigningCertificates(fixtures),
                        clockAt(lastRetryOnASkewedClock))
                .verify(message);
    }

    @Test
    void aMessageFromTheFutureIsRefused() throws IOException {
        SnsMessage message = read("javav2-notification-v2.json");

        assertRefused(
                MESSAGE_FROM_THE_FUTURE,
                verifierFor(message, message.timestamp().minus(Duration.ofMinutes(10))),
                message);
    }

    @Test
    void aCertificateUrlOutsideAwsIsRefusedBeforeAnythingIsFetched() throws IOException {
        SnsMessage real = read("javav2-notification-v2.json");
        for (String url : List.of(
                "http://sns.us-west-2.amazonaws.com/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem",
                "https://sns.us-west-2.amazonaws.com.evil.example/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem",
                "https://evil.example/sns.us-west-2.amazonaws.com/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem",
                "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem?x=1",
                // a real SNS host, but of another region than the topic's
                "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem")) {
            SnsMessage forged = withCertUrl(real, url);
            SnsSignatureVerifier verifier = new SnsSignatureVerifier(
                    policyFor(real),
                    url1 -> {
                        throw new AssertionError("fetched " + url1);
                    },
                    clockAt(real.timestamp()));

            assertRefused(CERTIFICATE_URL_NOT_TRUSTED, verifier, forged);
        }
    }

    @Test
    void aCertificateIsJudgedAtTheMessagesTimestamp() throws IOException {
        SnsMessage real = read("javav2-notification-v2.json");
        // After the certificate's notAfter (2026-10-14): refused for the certificate, whatever the signature.
        Instant afterExpiry = Instant.parse("2026-11-01T00:00:00.000Z");
        SnsMessage late = new SnsMessage(
                real.type(),
                real.messageId(),
                real.topicArn(),
                real.subject(),
                real.message(),
                afterExpiry.toString(),
                afterExpiry,
                real.signatureVersion(),
                real.signature(),
                real.signingCertUrl(),
                real.subscribeUrl(),
                real.unsubscribeUrl(),
                real.token());

        assertRefused(CERTIFICATE_NOT_VALID, verifierFor(late, afterExpiry), late);
    }

    @Test
    void aSubscribeUrlAwayFromTheSigningHostIsRefused() throws IOException {
        SnsMessage real = read("javav2-subscription-confirmation-v1.json");
        SnsMessage forged = new SnsMessage(
                real.type(),
                real.messageId(),
                real.topicArn(),
                real.subject(),
                real.message(),
                real.timestampText(),
                real.timestamp(),
                real.signatureVersion(),
                real.signature(),
                real.signingCertUrl(),
                "https://internal.example/admin?Action=ConfirmSubscription&TopicArn=" + real.topicArn(),
                null,
                real.token());

        assertRefused(CERTIFICATE_URL_NOT_TRUSTED, verifierFor(forged, real.timestamp()), forged);
    }

    @Test
    void aCertificateThatIsNotPinnedIsUnavailable() throws IOException {
        SnsMessage real = read("javav2-notification-v2.json");
        SnsMessage unknown = withCertUrl(
                real,
                "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-00000000000000000000000000000000.pem");

        assertRefused(CERTIFICATE_UNAVAILABLE, verifierFor(unknown, real.timestamp()), unknown);
    }

    @Test
    void anUnknownSignatureVersionIsRefused() throws IOException {
        SnsMessage real = read("javav2-notification-v2.json");
        SnsMessage v3 = new SnsMessage(
                real.type(),
                real.messageId(),
                real.topicArn(),
                real.subject(),
                real.message(),
                real.timestampText(),
                real.timestamp(),
                "3",
                real.signature(),
                real.signingCertUrl(),
                real.subscribeUrl(),
                real.unsubscribeUrl(),
                real.token());

        assertRefused(UNSUPPORTED_SIGNATURE_VERSION, verifierFor(v3, real.timestamp()), v3);
    }

    @Test
    void aSignatureThatIsNotBase64IsABadSignature() throws IOException {
        SnsMessage real = read("javav2-notification-v2.json");
        SnsMessage garbled = new SnsMessage(
                real.type(),
                real.messageId(),
                real.topicArn(),
                real.subject(),
                real.message(),
                real.timestampText(),
                real.timestamp(),
                real.signatureVersion(),
                "not base64 !!",
                real.signingCertUrl(),
                real.subscribeUrl(),
                real.unsubscribeUrl(),
                real.token());

        assertRefused(BAD_SIGNATURE, verifierFor(garbled, real.timestamp()), garbled);
    }

    @Test
    void theDefaultPatternAcceptsEveryRegionsEndpoint() {
        Pattern aws = awsPattern();
        assertFalse(aws.matcher("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem.evil")
                .matches());
        assertEquals(
                true,
                aws.matcher(
                                "https://sns.ap-northeast-1.amazonaws.com/SimpleNotificationService-01d088a6f77103d0fe307c0069e40ed6.pem")
                        .matches());
        assertEquals(
                true,
                aws.matcher(
                                "https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-01d088a6f77103d0fe307c0069e40ed6.pem")
                        .matches());
        assertEquals(
                true,
                aws.matcher(
                                "https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-01d088a6f77103d0fe307c0069e40ed6.pem")
                        .matches());
        // An S3 bucket named "sns" is not SNS.
        assertFalse(aws.matcher(
                        "https://sns.s3.amazonaws.com/SimpleNotificationService-01d088a6f77103d0fe307c0069e40ed6.pem")
                .matches());
        assertFalse(aws.matcher(
                        "https://sns.s3-us-west-2.amazonaws.com/SimpleNotificationService-01d088a6f77103d0fe307c0069e40ed6.pem")
                .matches());
    }

    private static void assertRefused(
            SnsVerificationException.Reason reason, SnsSignatureVerifier verifier, SnsMessage message) {
        SnsVerificationException refused = assertThrows(SnsVerificationException.class, () -> verifier.verify(message));
        assertEquals(reason, refused.reason(), refused.getMessage());
    }

    private static SnsMessage read(String fixture) throws IOException {
        return SnsMessageParser.parse(Files.readString(fixtures.resolve(fixture), StandardCharsets.UTF_8));
    }

    private static SnsSignatureVerifier verifierFor(SnsMessage message, Instant now) {
        return new SnsSignatureVerifier(policyFor(message), new PinnedSigningCertificates(fixtures), clockAt(now));
    }

    private static SnsVerificationPolicy policyFor(SnsMessage message) {
        return new SnsVerificationPolicy(Set.of(message.topicArn()), awsPattern(), Duration.ofHours(1));
    }

    private static Pattern awsPattern() {
        return Pattern.compile(SnsVerificationPolicy.AWS_SIGNING_CERT_URL_PATTERN);
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static SnsMessage withCertUrl(SnsMessage message, String url) {
        return new SnsMessage(
                message.type(),
                message.messageId(),
                message.topicArn(),
                message.subject(),
                message.message(),
                message.timestampText(),
                message.timestamp(),
                message.signatureVersion(),
                message.signature(),
                url,
                message.subscribeUrl(),
                message.unsubscribeUrl(),
                message.token());
    }
}
