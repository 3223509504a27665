package jp.kakehashi.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kakehashi.sns.verification.PinnedSigningCertificates;
import jp.kakehashi.sns.verification.SnsMessageParser;
import jp.kakehashi.sns.verification.SnsSignatureVerifier;
import jp.kakehashi.sns.verification.SnsStringToSign;
import jp.kakehashi.sns.verification.SnsVerificationPolicy;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.messagemanager.sns.SnsMessageManager;
import software.amazon.awssdk.regions.Region;

/**
 * Kakehashi's SNS verification beside AWS's {@code SnsMessageManager} (AWS SDK for Java 2, sns-message-manager), on the
 * same messages in the same JVM: how many messages each verifies per second of CPU time of the threads that verify, on
 * one thread and on as many threads as there are cores, and how many bytes each allocates per message (the garbage
 * collector's work, which the threads' CPU time leaves out).
 * <p>
 * Both do the whole of what a receiver does with a delivery's body: parse the JSON, take the signing key from a cache,
 * build the string to sign and check the RSA signature. Kakehashi's also checks, on every message, the topic, the
 * certificate URL's shape and region, the message's age and the certificate's validity at the message's time; the SDK
 * checks the certificate URL's host on every message, and the certificate's name and validity once, when it fetches
 * it (it then keeps the key, up to ten). The messages are the sandbox's DRS notifications, signed again with a key and
 * certificate (CN and DNS name sns.amazonaws.com, as AWS's leaf) made for this run by {@code keytool}, once with
 * SignatureVersion 1 and once with 2, under an AWS-shaped {@code SigningCertURL}: the SDK accepts AWS hosts only, and
 * neither verifier reaches the network: both take the certificate from the run's folder, the SDK through an HTTP client
 * of the harness's, Kakehashi as a pinned certificate.
 * <p>
 * The timed rounds alternate (Kakehashi, SDK, SDK, Kakehashi), each half the measuring time, so that a drift of the
 * machine's speed during the run weighs on both alike; both rounds are reported.
 */
final class VerifierComparison {

    private static final String CERTIFICATE_NAME = "SimpleNotificationService-0123456789abcdef0123456789abcdef.pem";
    private static final String SIGNING_CERT_URL = "https://sns.us-east-1.amazonaws.com/" + CERTIFICATE_NAME;
    private static final char[] STORE_PASSWORD = "bench-only".toCharArray();
    private static final String KAKEHASHI = "Kakehashi (SnsMessageParser + SnsSignatureVerifier)";
    private static final String SDK = "AWS SDK for Java 2 SnsMessageManager 2.47.4";

    private final Duration round;
    private final Duration warmUp;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** @param measure each verifier's timed share, per thread count, split into two alternated rounds */
    VerifierComparison(Duration measure, Duration warmUp) {
        this.round = measure.dividedBy(2);
        this.warmUp = warmUp;
    }

    /** Verifies one delivery's body, or throws with the reason it is not to be trusted. */
    @FunctionalInterface
    private interface Verifier {
        void verify(String body);
    }

    /** One verifier on one set of messages: accepted of the valid, refused of the tampered, and its two rounds' rates. */
    record Row(
            String verifier,
            String messages,
            int accepted,
            int valid,
            int refused,
            int tampered,
            List<Double> perCpuSecondOneThread,
            List<Double> perCpuSecondAllThreads,
            List<Double> perSecondAllThreads,
            double bytesPerMessage,
            String certificate) {

        JsonObject toJson() {
            return Json.createObjectBuilder()
                    .add("verifier", verifier)
                    .add("messages", messages)
                    .add("accepted", accepted)
                    .add("valid", valid)
                    .add("refused", refused)
                    .add("tampered", tampered)
                    .add("perCpuSecondOneThread", rounded(perCpuSecondOneThread))
                    .add("perCpuSecondAllThreads", rounded(perCpuSecondAllThreads))
                    .add("perSecondAllThreads", rounded(perSecondAllThreads))
                    .add("bytesAllocatedPerMessage", Math.round(bytesPerMessage))
                    .add("certificate", certificate)
                    .build();
        }

        private static JsonArrayBuilder rounded(List<Double> rates) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            rates.forEach(rate -> array.add(Math.round(rate)));
            return array;
        }
    }

    /** What each verifier makes of the real AWS-signed messages kept in the EJB module's test resources. */
    record RealMessages(
            String verifier,
            int accepted,
            int valid,
            int refusedTampered,
            int tampered,
            Map<String, Integer> reasons) {}

    /** {@code failure}: why the comparison could not be made (the rest of the run goes on without it), else null. */
    record Result(List<Row> rows, List<RealMessages> realMessages, int cores, String failure) {

        static Result failed(Exception e) {
            return new Result(List.of(), List.of(), Runtime.getRuntime().availableProcessors(), String.valueOf(e));
        }

        JsonObject toJson() {
            JsonArrayBuilder rowsJson = Json.createArrayBuilder();
            rows.forEach(row -> rowsJson.add(row.toJson()));
            JsonArrayBuilder real = Json.createArrayBuilder();
            for (RealMessages r : realMessages) {
                JsonObjectBuilder reasons = Json.createObjectBuilder();
                r.reasons().forEach(reasons::add);
                real.add(Json.createObjectBuilder()
                        .add("verifier", r.verifier())
                        .add("accepted", r.accepted())
                        .add("valid", r.valid())
                        .add("refusedTampered", r.refusedTampered())
                        .add("tampered", r.tampered())
                        .add("refusals", reasons));
            }
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("cores", cores)
                    .add("rows", rowsJson)
                    .add("awsSignedFixtures", real);
            if (failure != null) {
                json.add("failure", failure);
            }
            return json.build();
        }

        String toMarkdown() {
            if (failure != null) {
                return "Not measured: " + failure + "\n";
            }
            StringBuilder md = new StringBuilder();
            md.append(
                            "| verifier | messages | valid accepted | tampered refused | verified per CPU-second, 1 thread (two rounds) ")
                    .append("| per CPU-second, ")
                    .append(cores)
                    .append(" threads | verified/s, ")
                    .append(cores)
                    .append(" threads | bytes allocated per message | certificate |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
            for (Row r : rows) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d of %d | %d of %d | %s | %s | %s | %.0f | %s |%n",
                        r.verifier(),
                        r.messages(),
                        r.accepted(),
                        r.valid(),
                        r.refused(),
                        r.tampered(),
                        rounds(r.perCpuSecondOneThread()),
                        rounds(r.perCpuSecondAllThreads()),
                        rounds(r.perSecondAllThreads()),
                        r.bytesPerMessage(),
                        r.certificate()));
            }
            if (!realMessages.isEmpty()) {
                md.append(
                        "\nThe real AWS-signed messages of the EJB module's test resources (their certificates have expired since):\n\n");
                md.append(
                        "| verifier | valid accepted | tampered refused | why valid ones were refused |\n|---|---:|---:|---|\n");
                for (RealMessages r : realMessages) {
                    md.append(String.format(
                            Locale.ROOT,
                            "| %s | %d of %d | %d of %d | %s |%n",
                            r.verifier(),
                            r.accepted(),
                            r.valid(),
                            r.refusedTampered(),
                            r.tampered(),
                            r.reasons().isEmpty() ? "" : r.reasons().toString()));
                }
            }
            return md.toString();
        }

        private static String rounds(List<Double> rates) {
            return rates.stream()
                    .map(rate -> String.format(Locale.ROOT, "%.0f", rate))
                    .collect(Collectors.joining(", "));
        }
    }

    /** @param notifications signed SNS notification bodies (the sandbox's), re-signed here */
    Result run(List<String> notifications, Path fixtures) throws Exception {
        if (!threads.isCurrentThreadCpuTimeSupported() || !threads.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM measures no thread CPU time or allocation");
        }
        Path work = Files.createTempDirectory("kakehashi-bench-verify");
        try {
            KeyStore store = signingKey(work);
            PrivateKey key = (PrivateKey) store.getKey("sns", STORE_PASSWORD);
            byte[] pem = pem((X509Certificate) store.getCertificate("sns"));
            Path pins = Files.createDirectories(work.resolve("pins"));
            Files.write(pins.resolve(CERTIFICATE_NAME), pem);
            String topic = stringField(notifications.get(0), "TopicArn");

            List<Row> rows = new ArrayList<>();
            for (String version : List.of("1", "2")) {
                List<String> valid = notifications.stream()
                        .map(body -> resign(body, version, key))
                        .toList();
                List<String> tampered =
                        valid.stream().map(VerifierComparison::tamper).toList();
                String messages = valid.size() + " DRS notifications, SignatureVersion " + version;

                SnsSignatureVerifier verifier = new SnsSignatureVerifier(
                        new SnsVerificationPolicy(
                                Set.of(topic),
                                Pattern.compile(SnsVerificationPolicy.AWS_SIGNING_CERT_URL_PATTERN),
                                Duration.ofHours(1)),
                        new PinnedSigningCertificates(pins),
                        Clock.systemUTC());
                Verifier kakehashi = body -> verifier.verify(SnsMessageParser.parse(body));
                CertificateServer certificateServer = new CertificateServer(pins);
                try (SnsMessageManager manager = SnsMessageManager.builder()
                        .region(Region.US_EAST_1)
                        .httpClient(certificateServer)
                        .build()) {
                    Verifier sdk = manager::parseMessage;
                    // Both warmed up before either is timed, so that neither is timed while the JIT works for the other
                    repeat(kakehashi, valid, 1, warmUp);
                    repeat(sdk, valid, 1, warmUp);
                    Rate[] one = alternated(kakehashi, sdk, valid, 1);
                    Rate[] all = alternated(kakehashi, sdk, valid, cores);
                    rows.add(row(
                            KAKEHASHI,
                            messages,
                            kakehashi,
                            valid,
                            tampered,
                            one[0],
                            one[3],
                            all[0],
                            all[3],
                            "read once (pinned)"));
                    rows.add(row(
                            SDK,
                            messages,
                            sdk,
                            valid,
                            tampered,
                            one[1],
                            one[2],
                            all[1],
                            all[2],
                            "fetched " + certificateServer.fetches.get() + " time(s)"));
                }
            }
            return new Result(rows, realMessages(fixtures), cores, null);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Kakehashi, SDK, SDK, Kakehashi. */
    private Rate[] alternated(Verifier kakehashi, Verifier sdk, List<String> bodies, int threadCount)
            throws InterruptedException {
        return new Rate[] {
            repeat(kakehashi, bodies, threadCount, round),
            repeat(sdk, bodies, threadCount, round),
            repeat(sdk, bodies, threadCount, round),
            repeat(kakehashi, bodies, threadCount, round)
        };
    }

    private Row row(
            String verifier,
            String messages,
            Verifier verifies,
            List<String> valid,
            List<String> tampered,
            Rate one,
            Rate oneAgain,
            Rate all,
            Rate allAgain,
            String certificate) {
        int accepted =
                (int) valid.stream().filter(body -> accepts(verifies, body)).count();
        int refused =
                (int) tampered.stream().filter(body -> !accepts(verifies, body)).count();
        Bench.progress(String.format(
                Locale.ROOT,
                "  %s, %s: %.0f and %.0f per CPU-second on 1 thread, %.0f and %.0f on %d",
                verifier,
                messages,
                one.perCpuSecond(),
                oneAgain.perCpuSecond(),
                all.perCpuSecond(),
                allAgain.perCpuSecond(),
                cores));
        double bytes =
                (double) (one.allocatedBytes() + oneAgain.allocatedBytes()) / (one.verified() + oneAgain.verified());
        return new Row(
                verifier,
                messages,
                accepted,
                valid.size(),
                refused,
                tampered.size(),
                List.of(one.perCpuSecond(), oneAgain.perCpuSecond()),
                List.of(all.perCpuSecond(), allAgain.perCpuSecond()),
                List.of(all.perSecond(), allAgain.perSecond()),
                bytes,
                certificate);
    }

    private static boolean accepts(Verifier verifier, String body) {
        try {
            verifier.verify(body);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private record Rate(long verified, double cpuSeconds, double seconds, long allocatedBytes) {
        double perCpuSecond() {
            return verified / cpuSeconds;
        }

        double perSecond() {
            return verified / seconds;
        }
    }

    /** {@code threadCount} threads verify the messages round and round for {@code duration}; CPU time is each thread's own. */
    private Rate repeat(Verifier verifier, List<String> bodies, int threadCount, Duration duration)
            throws InterruptedException {
        AtomicLong verified = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threadCount);
        for (int t = 0; t < threadCount; t++) {
            int offset = t * bodies.size() / threadCount;
            Thread thread = new Thread(
                    () -> {
                        try {
                            start.await();
                            long cpuBefore = threads.getCurrentThreadCpuTime();
                            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
                            long end = System.nanoTime() + duration.toNanos();
                            long count = 0;
                            for (int i = offset; System.nanoTime() < end; i++) {
                                try {
                                    verifier.verify(bodies.get(i % bodies.size()));
                                } catch (RuntimeException refused) {
                                    failures.incrementAndGet();
                                    firstFailure.compareAndSet(null, refused);
                                }
                                count++;
                            }
                            cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpuBefore);
                            allocated.addAndGet(threads.getCurrentThreadAllocatedBytes() - allocatedBefore);
                            verified.addAndGet(count);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            done.countDown();
                        }
                    },
                    "verify-" + t);
            thread.start();
        }
        long started = System.nanoTime();
        start.countDown();
        if (!done.await(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("verifying threads did not finish");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failures.get() > 0) {
            throw new IllegalStateException(
                    failures.get() + " valid messages were refused while timed", firstFailure.get());
        }
        return new Rate(verified.get(), cpuNanos.get() / 1e9, seconds, allocated.get());
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is not worth hiding the run's own outcome
        }
    }

    /**
     * A fresh RSA 2048 key with a self-signed certificate for sns.amazonaws.com, made by the JDK's keytool; valid from a
     * day ago, since Kakehashi judges it at each message's Timestamp and the sandbox signed the messages before it.
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

    private static byte[] pem(X509Certificate certificate) throws Exception {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return ("-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The body with a new signature of the given version and the AWS-shaped certificate URL; every other field kept. */
    private static String resign(String body, String version, PrivateKey key) {
        JsonObject json = Bench.json(body).asJsonObject();
        try {
            Signature signer = Signature.getInstance(version.equals("1") ? "SHA1withRSA" : "SHA256withRSA");
            signer.initSign(key);
            // The SDK checks the result independently, so Kakehashi's string to sign is not taken on trust here
            signer.update(SnsStringToSign.of(SnsMessageParser.parse(body)).getBytes(StandardCharsets.UTF_8));
            JsonObjectBuilder resigned = Json.createObjectBuilder(json)
                    .add("SignatureVersion", version)
                    .add("Signature", Base64.getEncoder().encodeToString(signer.sign()))
                    .add("SigningCertURL", SIGNING_CERT_URL);
            return resigned.build().toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One character of Message changed, as an attacker's edit would: the signature no longer matches. */
    private static String tamper(String body) {
        JsonObject json = Bench.json(body).asJsonObject();
        String message = json.getString("Message");
        int middle = message.length() / 2;
        char changed = message.charAt(middle) == 'x' ? 'y' : 'x';
        return Json.createObjectBuilder(json)
                .add("Message", message.substring(0, middle) + changed + message.substring(middle + 1))
                .build()
                .toString();
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
            List<Path> all = files.filter(path -> path.toString().endsWith(".json"))
                    .sorted()
                    .toList();
            tampered = all.stream()
                    .filter(path -> path.toString().endsWith(".tampered.json"))
                    .toList();
            valid = all.stream().filter(path -> !tampered.contains(path)).toList();
        }
        Verifier kakehashi = body -> {
            var message = SnsMessageParser.parse(body);
            new SnsSignatureVerifier(
                            new SnsVerificationPolicy(
                                    Set.of(message.topicArn()),
                                    Pattern.compile(SnsVerificationPolicy.AWS_SIGNING_CERT_URL_PATTERN),
                                    Duration.ofHours(1)),
                            new PinnedSigningCertificates(fixtures),
                            Clock.fixed(message.timestamp(), ZoneOffset.UTC))
                    .verify(message);
        };
        Verifier sdk = body -> {
            String url = body.contains("\"SigningCertURL\"")
                    ? stringField(body, "SigningCertURL")
                    : stringField(body, "SigningCertUrl");
            String region = url.replaceFirst("https://sns\\.([a-z0-9-]+)\\.amazonaws\\.com.*", "$1");
            try (SnsMessageManager manager = SnsMessageManager.builder()
                    .region(Region.of(region))
                    .httpClient(new CertificateServer(fixtures))
                    .build()) {
                manager.parseMessage(body);
            }
        };
        return List.of(real("Kakehashi", kakehashi, valid, tampered), real(SDK, sdk, valid, tampered));
    }

    private static RealMessages real(String verifier, Verifier verifies, List<Path> valid, List<Path> tampered)
            throws IOException {
        int accepted = 0;
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (Path file : valid) {
            try {
                verifies.verify(Files.readString(file));
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

    /** The SDK's HTTP client: answers a certificate's GET from a folder, by the URL's file name, counting each. */
    private static final class CertificateServer implements SdkHttpClient {
        private final Path folder;
        final AtomicLong fetches = new AtomicLong();

        CertificateServer(Path folder) {
            this.folder = folder;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() throws IOException {
                    fetches.incrementAndGet();
                    String path = request.httpRequest().encodedPath();
                    byte[] body = Files.readAllBytes(folder.resolve(path.substring(path.lastIndexOf('/') + 1)));
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder().statusCode(200).build())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                            .build();
                }

                @Override
                public void abort() {}
            };
        }

        @Override
        public void close() {}
    }
}
