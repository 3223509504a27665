package jp.kakehashi.sandbox.sns.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import jp.kakehashi.sandbox.pay.keys.PemKeys;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox's SNS signing key and its self-signed certificate (CN {@code sns.amazonaws.com}, as AWS's leaf
 * certificates). Generated once under a folder and reused; regenerated when the certificate has expired or is
 * about to, since a verifier checks validity against the message's time.
 */
public final class SigningCredentials {

    public static final String KEY_FILE = "signing-key.pem";
    public static final String CERTIFICATE_FILE = "signing-certificate.pem";
    static final Duration VALIDITY = Duration.ofDays(365);
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofDays(1);

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final String certificatePem;
    private final String certificateId;

    private SigningCredentials(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
        this.certificatePem = PemKeys.certificatePem(certificate);
        this.certificateId = idOf(certificate);
    }

    /** Loads the key and certificate from the folder, generating (and storing) them when absent or expiring. */
    public static SigningCredentials loadOrGenerate(Path folder, Instant now) {
        Path keyFile = folder.resolve(KEY_FILE);
        Path certificateFile = folder.resolve(CERTIFICATE_FILE);
        try {
            if (Files.isRegularFile(keyFile) && Files.isRegularFile(certificateFile)) {
                SigningCredentials stored = new SigningCredentials(readKey(keyFile), readCertificate(certificateFile));
                if (stored.certificate.getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE_EXPIRY))) {
                    return stored;
                }
            }
            SigningCredentials generated = generate(now);
            Files.createDirectories(folder);
            writeAtomically(keyFile, PemKeys.privateKeyPem(generated.privateKey), true);
            writeAtomically(certificateFile, generated.certificatePem, false);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the SNS signing key under " + folder, e);
        }
    }

    /** A fresh RSA 2048 key and a certificate valid from an hour before {@code now} for a year. */
    public static SigningCredentials generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=sns.amazonaws.com");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject,
                    new BigInteger(64, new SecureRandom()).setBit(63),
                    Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(VALIDITY)),
                    subject,
                    pair.getPublic());
            builder.addExtension(
                    Extension.subjectAlternativeName,
                    false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, "sns.amazonaws.com")));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SigningCredentials(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot generate the SNS signing certificate", e);
        }
    }

    public static X509Certificate parseCertificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 certificate in PEM", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String certificatePem() {
        return certificatePem;
    }

    /** 32 hex digits naming the certificate in its URL, as AWS's {@code SimpleNotificationService-<id>.pem}. */
    public String certificateId() {
        return certificateId;
    }

    private static PrivateKey readKey(Path file) throws IOException {
        try {
            return PemKeys.readPrivateKey(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IOException("not a PKCS#8 RSA key: " + file, e);
        }
    }

    private static X509Certificate readCertificate(Path file) throws IOException {
        try {
            return parseCertificate(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage() + ": " + file, e);
        }
    }

    private static String idOf(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path file, String text, boolean secret) throws IOException {
        Path temporary =
                Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        if (secret) {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own protection has to do
            }
        }
        Files.writeString(temporary, text, StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
