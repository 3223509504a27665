package jp.kakehashi.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jp.kakehashi.sns.verification.PinnedSigningCertificates;
import jp.kakehashi.sns.verification.SnsMessageParser;
import jp.kakehashi.sns.verification.SnsSignatureVerifier;
import jp.kakehashi.sns.verification.SnsVerificationPolicy;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.messagemanager.sns.SnsMessageManager;
import software.amazon.awssdk.regions.Region;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Kakehashi's SNS verification beside AWS's {@code SnsMessageManager} (AWS SDK for Java 2, sns-message-manager), on the
 * same messages in the same JVM: how many messages each verifies per second of CPU on the threads that verify (per
 * core), on one thread and on as many threads as there are cores.
 * <p>
 * Both do the whole of what a receiver does with a delivery's body: parse the JSON, look the certificate up (each
 * caches it after its first fetch), build the string to sign and check the RSA signature. Kakehashi's also checks the
 * topic, the certificate URL's shape and region, the message's age and the certificate's validity at the message's
 * time; the SDK checks the certificate URL's host and the certificate's validity now. The messages are the sandbox's
 * DRS notifications, signed again with a key and certificate (CN and DNS name sns.amazonaws.com, as AWS's leaf) made
 * for this run by {@code keytool}, once with SignatureVersion 1 and once with 2, under an AWS-shaped
 * {@code SigningCertURL}: the SDK accepts AWS hosts only, and neither verifier reaches the network, the SDK through
 * an HTTP client of the harness's that serves the certificate from memory.
 */
final class VerifierComparison {

    private static final String CERTIFICATE_NAME = "SimpleNotificationService-0123456789abcdef0123456789abcdef.pem";
    private static final String SIGNING_CERT_URL = "https://sns.us-east-1.amazonaws.com/" + CERTIFICATE_NAME;
    private static final char[] STORE_PASSWORD = "bench-only".toCharArray();

    private final Duration measure;
    private final Duration warmUp;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    VerifierComparison(Duration measure, Duration warmUp) {
        this.measure = measure;
        this.warmUp = warmUp;
    }

    /** One verifier on one set of messages: accepted of the valid, refused of the tampered, and its rates. */
    record Row(String verifier, String messages, int accepted, int valid, int refused, int tampered,
               double perCoreSecondOneThread, double perCoreSecondAllThreads, double perSecondAllThreads, long certificateFetches) {

        JsonObject toJson() {
            return Json.createObjectBuilder().add("verifier", verifier).add("messages", messages)
                    .add("accepted", accepted).add("valid", valid).add("refused", refused).add("tampered", tampered)
                    .add("perCoreSecondOneThread", Math.round(perCoreSecondOneThread))
                    .add("perCoreSecondAllThreads", Math.round(perCoreSecondAllThreads))
                    .add("perSecondAllThreads", Math.round(perSecondAllThreads))
                    .add("certificateFetches", certificateFetches).build();
        }
    }

    /** What each verifier makes of the real AWS-signed messages kept in the EJB module's test resources. */
    record RealMessages(String verifier, int accepted, int valid, int refusedTampered, int tampered, Map<String, Integer> reasons) {
    }

    record Result(List<Row> rows, List<RealMessages> realMessages, int cores) {

        JsonObject toJson() {
            JsonArrayBuilder rowsJson = Json.createArrayBuilder();
            rows.forEach(row -> rowsJson.add(row.toJson()));
            JsonArrayBuilder real = Json.createArrayBuilder();
            for (RealMessages r : realMessages) {
                JsonObjectBuilder reasons = Json.createObjectBuilder();
                r.reasons().forEach(reasons::add);
                real.add(Json.createObjectBuilder().add("verifier", r.verifier()).add("accepted", r.accepted()).add("valid", r.valid())
                        .add("refusedTampered", r.refusedTampered()).add("tampered", r.tampered()).add("refusals", reasons));
            }
            return Json.createObjectBuilder().add("cores", cores).add("rows", rowsJson).add("awsSignedFixtures", real).build();
        }

        String toMarkdown() {
            StringBuilder md = new StringBuilder();
            md.append("| verifier | messages | valid accepted | tampered refused | verified/s per core, 1 thread | per core, ")
                    .append(cores).append(" threads | verified/s, ").append(cores).append(" threads | certificate fetches |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d of %d | %d of %d | %.0f | %.0f | %.0f | %d |%n", r.verifier(), r.messages(),
                        r.accepted(), r.valid(), r.refused(), r.tampered(), r.perCoreSecondOneThread(), r.perCoreSecondAllThreads(),
                        r.perSecondAllThreads(), r.certificateFetches()));
            }
            if (!realMessages.isEmpty()) {
                md.append("\nThe real AWS-signed messages of the EJB module's test resources (their certificates have expired since):\n\n");
                md.append("| verifier | valid accepted | tampered refused | why valid ones were refused |\n|---|---:|---:|---|\n");
                for (RealMessages r : realMessages) {
                    md.append(String.format(Locale.ROOT, "| %s | %d of %d | %d of %d | %s |%n", r.verifier(), r.accepted(), r.valid(),
                            r.refusedTampered(), r.tampered(), r.reasons().isEmpty() ? "" : r.reasons().toString()));
                }
            }
            return md.toString();
        }
    }

    /** @param notifications signed SNS notification bodies (the sandbox's), re-signed here */
    Result run(List<String> notifications, Path fixtures) throws Exception {
        Path work = Files.createTempDirectory("kakehashi-bench-verify");
        try {
            KeyStore store = signingKey(work);
            PrivateKey key = (PrivateKey) store.getKey("sns", STORE_PASSWORD);
            X509Certificate certificate = (X509Certificate) store.getCertificate("sns");
            byte[] pem = pem(certificate);
            Path pins = Files.createDirectories(work.resolve("pins"));
            Files.write(pins.resolve(CERTIFICATE_NAME), pem);
            String topic = stringField(notifications.get(0), "TopicArn");

            List<Row> rows = new ArrayList<>();
            for (String version : List.of("1", "2")) {
                List<String> valid = notifications.stream().map(body -> resign(body, version, key)).toList();
                List<String> tampered = valid.stream().map(VerifierComparison::tamper).toList();
                String messages = valid.size() + " DRS notifications, SignatureVersion " + version;

                SnsSignatureVerifier kakehashi = new SnsSignatureVerifier(new SnsVerificationPolicy(Set.of(topic),
                        Pattern.compile(SnsVerificationPolicy.AWS_SIGNING_CERT_URL_PATTERN), Duration.ofHours(1)),
                        new PinnedSigningCertificates(pins), Clock.systemUTC());
                Predicate<String> kakehashiVerifies = body -> {
                    kakehashi.verify(SnsMessageParser.parse(body));
                    return true;
                };
                CertificateServer certificateServer = new CertificateServer(pem);
                try (SnsMessageManager sdk = SnsMessageManager.builder().region(Region.US_EAST_1).httpClient(certificateServer).build()) {
                    Predicate<String> sdkVerifies = body -> sdk.parseMessage(body) != null;
                    // Both warmed up before either is measured, so that neither is measured while the JIT works for the other
                    repeat(kakehashiVerifies, valid, 1, warmUp);
                    repeat(sdkVerifies, valid, 1, warmUp);
                    rows.add(row("Kakehashi (SnsMessageParser + SnsSignatureVerifier)", messages, kakehashiVerifies, valid, tampered, () -> 0));
                    rows.add(row("AWS SDK for Java 2 SnsMessageManager 2.47.4", messages, sdkVerifies, valid, tampered,
                            certificateServer.fetches::get));
                }
            }
            return new Result(rows, realMessages(fixtures), cores);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private Row row(String verifier, String messages, Predicate<String> verifies, List<String> valid, List<String> tampered,
                    java.util.function.LongSupplier fetches) throws InterruptedException {
        int accepted = (int) valid.stream().filter(body -> accepts(verifies, body)).count();
        int refused = (int) tampered.stream().filter(body -> !accepts(verifies, body)).count();
        Rate one = repeat(verifies, valid, 1, measure);
        Rate all = repeat(verifies, valid, cores, measure);
        Bench.progress(String.format(Locale.ROOT, "  %s, %s: %.0f/s per core on 1 thread, %.0f/s per core on %d", verifier, messages,
                one.perCpuSecond(), all.perCpuSecond(), cores));
        return new Row(verifier, messages, accepted, valid.size(), refused, tampered.size(), one.perCpuSecond(), all.perCpuSecond(),
                all.perSecond(), fetches.getAsLong());
    }

    private static boolean accepts(Predicate<String> verifies, String body) {
        try {
            return verifies.test(body);
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private record Rate(long verified, double cpuSeconds, double seconds) {
        double perCpuSecond() {
            return verified / cpuSeconds;
        }

        double perSecond() {
            return verified / seconds;
        }
    }

    /** {@code threads} threads verify the messages round and round for {@code duration}; CPU time is each thread's own. */
    private Rate repeat(Predicate<String> verifies, List<String> bodies, int threadCount, Duration duration) throws InterruptedException {
        AtomicLong verified = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threadCount);
        long[] window = new long[2];
        for (int t = 0; t < threadCount; t++) {
            int offset = t * bodies.size() / threadCount;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    long cpuBefore = threads.getCurrentThreadCpuTime();
                    long end = System.nanoTime() + duration.toNanos();
                    long count = 0;
                    for (int i = offset; System.nanoTime() < end; i++) {
                        try {
                            verifies.test(bodies.get(i % bodies.size()));
                        } catch (RuntimeException refused) {
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, refused);
                        }
                        count++;
                    }
                    cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpuBefore);
                    verified.addAndGet(count);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "verify-" + t);
            thread.start();
        }
        window[0] = System.nanoTime();
        start.countDown();
        if (!done.await(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("verifying threads did not finish");
        }
        window[1] = System.nanoTime();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " valid messages were refused while timed", firstFailure.get());
        }
        return new Rate(verified.get(), cpuNanos.get() / 1e9, (window[1] - window[0]) / 1e9);
    }

    /**
     * A fresh RSA 2048 key with a self-signed certificate for sns.amazonaws.com, made by the JDK's keytool; valid from a
     * day ago, since Kakehashi judges it at each message's Timestamp and the sandbox signed the messages before it.
     */
    private static KeyStore signingKey(Path work) throws Exception {
        Path file = work.resolve("sns.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "sns", "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-dname", "CN=sns.amazonaws.com", "-ext", "SAN=dns:sns.amazonaws.com", "-startdate", "-1d", "-validity", "3",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(STORE_PASSWORD))
                .redirectErrorStream(true).start();
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

    private static byte[] pem(X509Certificate certificate) throws Exception {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded());
        return ("-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The body with a new signature of the given version and the AWS-shaped certificate URL; every other field kept. */
    private static String resign(String body, String version, PrivateKey key) {
        JsonObject json = Bench.json(body).asJsonObject();
        StringBuilder toSign = new StringBuilder();
        for (String field : List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")) {
            if (json.containsKey(field)) {
                toSign.append(field).append('\n').append(json.getString(field)).append('\n');
            }
        }
        try {
            Signature signer = Signature.getInstance(version.equals("1") ? "SHA1withRSA" : "SHA256withRSA");
            signer.initSign(key);
            signer.update(toSign.toString().getBytes(StandardCharsets.UTF_8));
            JsonObjectBuilder resigned = Json.createObjectBuilder(json)
                    .add("SignatureVersion", version)
                    .add("Signature", Base64.getEncoder().encodeToString(signer.sign()))
                    .add("SigningCertURL", SIGNING_CERT_URL);
            return resigned.build().toString();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One character of Message changed, as an attacker's edit would: the signature no longer matches. */
    private static String tamper(String body) {
        JsonObject json = Bench.json(body).asJsonObject();
        String message = json.getString("Message");
        int middle = message.length() / 2;
        char changed = message.charAt(middle) == 'x' ? 'y' : 'x';
        return Json.createObjectBuilder(json).add("Message", message.substring(0, middle) + changed + message.substring(middle + 1))
                .build().toString();
    }

    private static String stringField(String body, String field) {
        return ((JsonString) Bench.json(body).asJsonObject().get(field)).getString();
    }

    /**
     * The real AWS-signed fixtures: Kakehashi judges each at its own Timestamp (its clock fixed there, as if it had
     * arrived when SNS sent it); the SDK has no clock to give and judges the certificate's validity now.
     */
    private static List<RealMessages> realMessages(Path fixtures) throws IOException {
        if (fixtures == null || !Files.isDirectory(fixtures)) {
            return List.of();
        }
        List<Path> valid;
        List<Path> tampered;
        try (Stream<Path> files = Files.list(fixtures)) {
            List<Path> all = files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
            tampered = all.stream().filter(path -> path.toString().endsWith(".tampered.json")).toList();
            valid = all.stream().filter(path -> !tampered.contains(path)).toList();
        }
        Predicate<String> kakehashi = body -> {
            var message = SnsMessageParser.parse(body);
            new SnsSignatureVerifier(new SnsVerificationPolicy(Set.of(message.topicArn()),
                    Pattern.compile(SnsVerificationPolicy.AWS_SIGNING_CERT_URL_PATTERN), Duration.ofHours(1)),
                    new PinnedSigningCertificates(fixtures), Clock.fixed(message.timestamp(), ZoneOffset.UTC)).verify(message);
            return true;
        };
        Predicate<String> sdk = body -> {
            String url = body.contains("\"SigningCertURL\"") ? stringField(body, "SigningCertURL") : stringField(body, "SigningCertUrl");
            String region = url.replaceFirst("https://sns\\.([a-z0-9-]+)\\.amazonaws\\.com.*", "$1");
            try (SnsMessageManager manager = SnsMessageManager.builder().region(Region.of(region))
                    .httpClient(new CertificateServer(fixtures)).build()) {
                return manager.parseMessage(body) != null;
            }
        };
        return List.of(real("Kakehashi", kakehashi, valid, tampered), real("AWS SDK for Java 2 SnsMessageManager 2.47.4", sdk, valid, tampered));
    }

    private static RealMessages real(String verifier, Predicate<String> verifies, List<Path> valid, List<Path> tampered) throws IOException {
        int accepted = 0;
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (Path file : valid) {
            try {
                verifies.test(Files.readString(file));
                accepted++;
            } catch (RuntimeException refused) {
                reasons.merge(String.valueOf(refused.getMessage()).replaceAll("[0-9a-f]{32}", "…"), 1, Integer::sum);
            }
        }
        int refused = 0;
        for (Path file : tampered) {
            if (!accepts(verifies, Files.readString(file))) {
                refused++;
            }
        }
        return new RealMessages(verifier, accepted, valid.size(), refused, tampered.size(), reasons);
    }

    /** The SDK's HTTP client: answers the certificate's GET from memory (or from a folder by file name), counting each. */
    private static final class CertificateServer implements SdkHttpClient {
        private final byte[] pem;
        private final Path folder;
        final AtomicLong fetches = new AtomicLong();

        CertificateServer(byte[] pem) {
            this.pem = pem;
            this.folder = null;
        }

        CertificateServer(Path folder) {
            this.pem = null;
            this.folder = folder;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() throws IOException {
                    fetches.incrementAndGet();
                    String path = request.httpRequest().encodedPath();
                    byte[] body = pem != null ? pem : Files.readAllBytes(folder.resolve(path.substring(path.lastIndexOf('/') + 1)));
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder().statusCode(200).build())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                            .build();
                }

                @Override
                public void abort() {
                }
            };
        }

        @Override
        public void close() {
        }
    }
}
