package jp.kakehashi.sandbox.sns.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import jp.kakehashi.sandbox.pay.keys.PemKeys;
import jp.kakehashi.sandbox.sns.domain.SignatureVersion;
import jp.kakehashi.sandbox.sns.domain.SnsAddresses;
import jp.kakehashi.sandbox.sns.domain.SnsMessage;
import jp.kakehashi.sandbox.sns.domain.SnsMessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final SnsAddresses ADDRESSES =
            new SnsAddresses("http://localhost:9080/amazon-sandbox/api/sns", "us-east-1", "123456789012");

    @Test
    void aMessageSignedByTheSandboxVerifiesWithTheServedCertificateInBothVersions(@TempDir Path folder) {
        SigningCredentials credentials = SigningCredentials.loadOrGenerate(folder, NOW);
        SandboxMessageSigner signer = new SandboxMessageSigner(credentials, ADDRESSES);
        X509Certificate served = SigningCredentials.parseCertificate(credentials.certificatePem());

        for (SignatureVersion version : SignatureVersion.values()) {
            SnsMessage signed = signer.sign(SnsMessage.notification(
                    "id-" + version,
                    "arn:aws:sns:us-east-1:123456789012:t",
                    "subject",
                    "{\"a\":\"ü\\n\"}",
                    NOW,
                    ADDRESSES.unsubscribeUrl("arn:aws:sns:us-east-1:123456789012:t:x"),
                    version,
                    signer.signingCertUrl()));
            assertTrue(SnsSignatures.verify(signed.stringToSign(), signed.signature(), version, served.getPublicKey()));
            SnsMessage changed = signed.withUnsubscribeUrl("elsewhere");
            assertTrue(
                    SnsSignatures.verify(changed.stringToSign(), signed.signature(), version, served.getPublicKey()),
                    "the UnsubscribeURL is not signed");
            SnsMessage tampered = SnsMessage.notification(
                    signed.messageId(),
                    signed.topicArn(),
                    signed.subject(),
                    "{}",
                    NOW,
                    signed.unsubscribeUrl(),
                    version,
                    signed.signingCertUrl());
            assertFalse(
                    SnsSignatures.verify(tampered.stringToSign(), signed.signature(), version, served.getPublicKey()));
        }
        SnsMessage confirmation = signer.sign(SnsMessage.confirmation(
                SnsMessageType.SUBSCRIPTION_CONFIRMATION,
                "m",
                "arn:aws:sns:us-east-1:123456789012:t",
                "text",
                NOW,
                "tok",
                ADDRESSES.subscribeUrl("arn:aws:sns:us-east-1:123456789012:t", "tok"),
                SignatureVersion.V2,
                signer.signingCertUrl()));
        assertTrue(SnsSignatures.verify(
                confirmation.stringToSign(), confirmation.signature(), SignatureVersion.V2, served.getPublicKey()));
        assertFalse(SnsSignatures.verify(
                confirmation.stringToSign(), confirmation.signature(), SignatureVersion.V1, served.getPublicKey()));
        assertFalse(SnsSignatures.verify(
                confirmation.stringToSign(), "not base64!", SignatureVersion.V2, served.getPublicKey()));
    }

    @Test
    void theCertificateLooksLikeAwssAndIsValidForAYear(@TempDir Path folder) throws Exception {
        X509Certificate certificate =
                SigningCredentials.loadOrGenerate(folder, NOW).certificate();

        assertEquals(
                "CN=sns.amazonaws.com", certificate.getSubjectX500Principal().getName());
        certificate.checkValidity(Date.from(NOW));
        certificate.checkValidity(Date.from(NOW.plus(Duration.ofDays(364))));
        assertTrue(certificate.getSubjectAlternativeNames().stream()
                .anyMatch(name -> "sns.amazonaws.com".equals(name.get(1))));
    }

    @Test
    void theKeyIsGeneratedOnceAndReusedAtTheNextStart(@TempDir Path folder) throws Exception {
        SigningCredentials first = SigningCredentials.loadOrGenerate(folder.resolve("sns"), NOW);
        SigningCredentials second =
                SigningCredentials.loadOrGenerate(folder.resolve("sns"), NOW.plus(Duration.ofDays(30)));

        assertEquals(first.certificateId(), second.certificateId());
        assertEquals(first.privateKey(), second.privateKey());
        assertTrue(first.certificateId().matches("[0-9a-f]{32}"));
        assertEquals(
                first.privateKey(),
                PemKeys.readPrivateKey(Files.readString(folder.resolve("sns").resolve(SigningCredentials.KEY_FILE))));
    }

    @Test
    void anExpiringCertificateIsReplaced(@TempDir Path folder) {
        SigningCredentials first = SigningCredentials.loadOrGenerate(folder, NOW);
        SigningCredentials renewed = SigningCredentials.loadOrGenerate(folder, NOW.plus(Duration.ofDays(365)));

        assertNotEquals(first.certificateId(), renewed.certificateId());
        assertEquals(
                renewed.certificateId(),
                SigningCredentials.loadOrGenerate(folder, NOW.plus(Duration.ofDays(366)))
                        .certificateId());
    }
}
