package jp.kakehashi.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import jp.kakehashi.sns.verification.SnsMessageParser;
import jp.kakehashi.sns.verification.SnsStringToSign;

/**
 * What both SNS verifiers are given: DRS notifications as the sandbox's scan box publishes them (the same fields, in
 * the same order, a DeviceRegisteredNotification each), signed with SignatureVersion 1 or 2 by a key and certificate
 * (CN and DNS name sns.amazonaws.com, as AWS's leaf) that {@code keytool} makes for the run, under an AWS-shaped
 * {@code SigningCertURL}: the SDK takes AWS hosts only. The certificate lies in {@link #certificates()}, from where
 * both take it. Made without a server, so that the benchmark also runs on its own; closing deletes the folder.
 */
final class VerificationInputs implements AutoCloseable {

    static final String TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:kakehashi-drs";
    static final String CERTIFICATE_NAME = "SimpleNotificationService-0123456789abcdef0123456789abcdef.pem";
    private static final String SIGNING_CERT_URL = "https://sns.us-east-1.amazonaws.com/" + CERTIFICATE_NAME;
    private static final String UNSUBSCRIBE_URL =
            "http://localhost:9080/amazon-sandbox/api/sns/?Action=Unsubscribe&SubscriptionArn=" + TOPIC_ARN + ":";
    private static final DateTimeFormatter SNS_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final char[] STORE_PASSWORD = "bench-only".toCharArray();
    /** The DRS message as the sandbox writes it (compact JSON): time, notification id, serial. */
    private static final String DRS_NOTIFICATION = """
            {"notificationInfo":{"notificationType":"DeviceRegisteredNotification",\
            "lwaClientId":"amzn1.application-oa2-client.bench","notificationTime":"%1$s",\
            "notificationId":"amzn1.dash.notification.v1.%2$s","version":"2015-06-05"},\
            "deviceInfo":{"deviceIdentifier":{"serialNumber":"KCF01-%3$d"},\
            "productIdentifier":{"modelId":"KAKEHASHI_COFFEE_01"}},\
            "customerInfo":{"directedCustomerId":"amzn1.account.BENCH"}}""";

    private final Path work;
    private final PrivateKey key;
    private final List<String> unsigned;

    private VerificationInputs(Path work, PrivateKey key, List<String> unsigned) {
        this.work = work;
        this.key = key;
        this.unsigned = unsigned;
    }

    /** {@code count} notifications, sent now (Kakehashi refuses a message older than an hour). */
    static VerificationInputs make(int count) throws Exception {
        Path work = Files.createTempDirectory("kakehashi-bench-verify");
        try {
            KeyStore store = signingKey(work);
            Path certificates = Files.createDirectories(work.resolve("pins"));
            Files.write(certificates.resolve(CERTIFICATE_NAME), pem((X509Certificate) store.getCertificate("sns")));
            String subscription = UUID.randomUUID().toString();
            Instant now = Instant.now();
            List<String> unsigned = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                unsigned.add(notification(10_000_000 + i, now, subscription));
            }
            return new VerificationInputs(
                    work, (PrivateKey) store.getKey("sns", STORE_PASSWORD), List.copyOf(unsigned));
        } catch (Exception | Error e) {
            deleteQuietly(work);
            throw e;
        }
    }

    /** The folder holding the signing certificate under its URL's file name. */
    Path certificates() {
        return work.resolve("pins");
    }

    /** Every notification signed with SignatureVersion {@code version} ("1": SHA1withRSA, "2": SHA256withRSA). */
    List<String> signed(String version) {
        return unsigned.stream().map(body -> sign(body, version)).toList();
    }

    /** One character of Message changed, as an attacker's edit would: the signature no longer matches. */
    static String tampered(String body) {
        JsonObject json = Bench.json(body).asJsonObject();
        String message = json.getString("Message");
        int middle = message.length() / 2;
        char changed = message.charAt(middle) == 'x' ? 'y' : 'x';
        return Json.createObjectBuilder(json)
                .add("Message", message.substring(0, middle) + changed + message.substring(middle + 1))
                .build()
                .toString();
    }

    @Override
    public void close() {
        deleteQuietly(work);
    }

    /** The sandbox's scan box: a DeviceRegisteredNotification of a new serial, in an SNS Notification. */
    private static String notification(int serial, Instant now, String subscription) {
        String time = SNS_TIME.format(now);
        String drs = DRS_NOTIFICATION.formatted(time, UUID.randomUUID(), serial);
        return Json.createObjectBuilder()
                .add("Type", "Notification")
                .add("MessageId", UUID.randomUUID().toString())
                .add("TopicArn", TOPIC_ARN)
                .add("Message", drs)
                .add("Timestamp", time)
                .add("SignatureVersion", "1")
                .add("Signature", "unsigned")
                .add("SigningCertURL", SIGNING_CERT_URL)
                .add("UnsubscribeURL", UNSUBSCRIBE_URL + subscription)
                .build()
                .toString();
    }

    private String sign(String body, String version) {
        try {
            Signature signer = Signature.getInstance(version.equals("1") ? "SHA1withRSA" : "SHA256withRSA");
            signer.initSign(key);
            // The SDK checks the result independently, so Kakehashi's string to sign is not taken on trust here
            signer.update(SnsStringToSign.of(SnsMessageParser.parse(body)).getBytes(StandardCharsets.UTF_8));
            return Json.createObjectBuilder(Bench.json(body).asJsonObject())
                    .add("SignatureVersion", version)
                    .add("Signature", Base64.getEncoder().encodeToString(signer.sign()))
                    .build()
                    .toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A fresh RSA 2048 key with a self-signed certificate for sns.amazonaws.com, made by the JDK's keytool; valid from a
     * day ago, since Kakehashi judges it at each message's Timestamp.
     */
    private static KeyStore signingKey(Path work) throws Exception {
        Path file = work.resolve("sns.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "sns",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-sigalg",
                        "SHA256withRSA",
                        "-dname",
                        "CN=sns.amazonaws.com",
                        "-ext",
                        "SAN=dns:sns.amazonaws.com",
                        "-startdate",
                        "-1d",
                        "-validity",
                        "3",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        new String(STORE_PASSWORD))
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, STORE_PASSWORD);
        }
        return store;
    }

    private static byte[] pem(X509Certificate certificate) throws GeneralSecurityException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return ("-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is not worth hiding the run's own outcome
        }
    }
}
