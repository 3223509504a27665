package jp.kakehashi.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kakehashi.sns.verification.PinnedSigningCertificates;
import jp.kakehashi.sns.verification.SnsMessageParser;
import jp.kakehashi.sns.verification.SnsSignatureVerifier;
import jp.kakehashi.sns.verification.SnsVerificationPolicy;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;
import software.amazon.awssdk.messagemanager.sns.SnsMessageManager;
import software.amazon.awssdk.regions.Region;

/**
 * Kakehashi's SNS verification beside AWS's {@code SnsMessageManager}, for bench/run's report: first what each makes
 * of the benchmark's messages and of their tampered copies, and of the real AWS-signed messages kept in the EJB
 * module's test resources; then {@link SnsVerificationBenchmark} through JMH's runner, on one thread and on as many
 * as there are cores, with JMH's GC profiler for the bytes allocated per message (the garbage collector's work).
 *
 * <p>JMH's settings, as system properties: {@code bench.verify.forks} (2), {@code bench.verify.warm-up-iterations}
 * (3), {@code bench.verify.iterations} (5) and {@code bench.verify.iteration-seconds} (2).
 */
final class VerifierComparison {

    private final int forks = Integer.getInteger("bench.verify.forks", 2);
    private final int warmUpIterations = Integer.getInteger("bench.verify.warm-up-iterations", 3);
    private final int iterations = Integer.getInteger("bench.verify.iterations", 5);
    private final int iterationSeconds = Integer.getInteger("bench.verify.iteration-seconds", 2);
    private final int cores = Runtime.getRuntime().availableProcessors();

    /** Verifies one delivery's body, or throws with the reason it is not to be trusted. */
    @FunctionalInterface
    private interface Verifier {
        void verify(String body);
    }

    /**
     * JMH's score of one benchmark: the mean of its iterations and the half width of its 99.9% interval (NaN where
     * too few iterations give none).
     */
    record Score(double perSecond, double error) {

        static Score of(org.openjdk.jmh.results.Result<?> result) {
            return new Score(result.getScore(), result.getScoreError());
        }

        JsonObject toJson() {
            JsonObjectBuilder json = Json.createObjectBuilder().add("perSecond", Math.round(perSecond));
            if (!Double.isNaN(error)) {
                json.add("error", Math.round(error));
            }
            return json.build();
        }

        @Override
        public String toString() {
            return Double.isNaN(error)
                    ? String.format(Locale.ROOT, "%,.0f", perSecond)
                    : String.format(Locale.ROOT, "%,.0f ± %,.0f", perSecond, error);
        }
    }

    /** One verifier on one set of messages: accepted of the valid, refused of the tampered, and JMH's figures. */
    record Row(
            String verifier,
            String messages,
            int accepted,
            int valid,
            int refused,
            int tampered,
            Score oneThread,
            Score allThreads,
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
                    .add("oneThread", oneThread.toJson())
                    .add("allThreads", allThreads.toJson())
                    .add("bytesAllocatedPerMessage", Math.round(bytesPerMessage))
                    .add("certificate", certificate)
                    .build();
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

    /**
     * {@code failure}: why the comparison could not be made (the rest of the run goes on without it), else null.
     * {@code method}: how JMH measured, in words.
     */
    record Result(List<Row> rows, List<RealMessages> realMessages, int cores, String method, String failure) {

        static Result failed(Exception e) {
            return new Result(List.of(), List.of(), Runtime.getRuntime().availableProcessors(), "", String.valueOf(e));
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
                    .add("method", method)
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
            StringBuilder md = new StringBuilder(method).append("\n\n");
            md.append("| verifier | messages | valid accepted | tampered refused | verified/s, 1 thread | verified/s, ")
                    .append(cores)
                    .append(" threads | bytes allocated per message | certificate |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---|\n");
            for (Row r : rows) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d of %d | %d of %d | %s | %s | %.0f | %s |%n",
                        r.verifier(),
                        r.messages(),
                        r.accepted(),
                        r.valid(),
                        r.refused(),
                        r.tampered(),
                        r.oneThread(),
                        r.allThreads(),
                        r.bytesPerMessage(),
                        r.certificate()));
            }
            if (!realMessages.isEmpty()) {
                md.append("\nThe real AWS-signed messages of the EJB module's test resources (their certificates have"
                        + " expired since):\n\n");
                md.append("| verifier | valid accepted | tampered refused | why valid ones were refused |\n"
                        + "|---|---:|---:|---|\n");
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
    }

    /** The JMH settings in words, for the report. */
    String method() {
        return String.format(
                Locale.ROOT,
                "JMH %s, throughput mode (messages verified per second, ± the half width of the 99.9%% interval),"
                        + " %d fork(s) per verifier, SignatureVersion and thread count, each %d warm-up and %d measured"
                        + " iterations of %d s; bytes per message from JMH's GC profiler (gc.alloc.rate.norm, on one"
                        + " thread)",
                Version.getPlainVersion(),
                forks,
                warmUpIterations,
                iterations,
                iterationSeconds);
    }

    /** @param fixtures the real AWS-signed messages (ejb/src/test/resources/aws-sns); skipped when absent */
    Result run(Path fixtures) throws Exception {
        Map<String, RunResult> oneThread = benchmark(1);
        Map<String, RunResult> allThreads = benchmark(cores);
        List<Row> rows = new ArrayList<>();
        try (VerificationInputs inputs = VerificationInputs.make(SnsVerificationBenchmark.MESSAGES)) {
            for (String version : List.of("1", "2")) {
                List<String> valid = inputs.signed(version);
                List<String> tampered =
                        valid.stream().map(VerificationInputs::tampered).toList();
                String messages = valid.size() + " DRS notifications, SignatureVersion " + version;
                try (Verifiers verifiers = new Verifiers(inputs.certificates(), VerificationInputs.TOPIC_ARN)) {
                    rows.add(row(
                            Verifiers.KAKEHASHI,
                            messages,
                            verifiers::kakehashi,
                            valid,
                            tampered,
                            oneThread.get("kakehashi/" + version),
                            allThreads.get("kakehashi/" + version),
                            () -> "read once (pinned)"));
                    rows.add(row(
                            Verifiers.SDK,
                            messages,
                            verifiers::sdk,
                            valid,
                            tampered,
                            oneThread.get("awsSdk/" + version),
                            allThreads.get("awsSdk/" + version),
                            () -> "fetched " + verifiers.sdkCertificateFetches() + " time(s) for these "
                                    + (valid.size() + tampered.size())));
                }
            }
        }
        return new Result(rows, realMessages(fixtures), cores, method(), null);
    }

    /**
     * Every benchmark of {@link SnsVerificationBenchmark} on {@code threads} threads with the GC profiler, by method
     * and SignatureVersion ("kakehashi/1").
     */
    private Map<String, RunResult> benchmark(int threads) throws RunnerException {
        Bench.progress("SNS verification with JMH, " + threads + " thread(s) ...");
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include(Pattern.quote(SnsVerificationBenchmark.class.getName()) + "\\.")
                        .forks(forks)
                        .warmupIterations(warmUpIterations)
                        .warmupTime(TimeValue.seconds(iterationSeconds))
                        .measurementIterations(iterations)
                        .measurementTime(TimeValue.seconds(iterationSeconds))
                        .threads(threads)
                        .addProfiler(GCProfiler.class)
                        .shouldFailOnError(true)
                        .build())
                .run();
        Map<String, RunResult> byName = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            byName.put(
                    method.substring(method.lastIndexOf('.') + 1) + "/"
                            + result.getParams().getParam("signatureVersion"),
                    result);
        }
        return byName;
    }

    private Row row(
            String verifier,
            String messages,
            Verifier verifies,
            List<String> valid,
            List<String> tampered,
            RunResult oneThread,
            RunResult allThreads,
            Supplier<String> certificate) {
        Score one = Score.of(oneThread.getPrimaryResult());
        Score all = Score.of(allThreads.getPrimaryResult());
        // The GC profiler's allocation per operation: per message verified
        double bytes = oneThread.getSecondaryResults().get("gc.alloc.rate.norm").getScore();
        int accepted =
                (int) valid.stream().filter(body -> accepts(verifies, body)).count();
        int refused =
                (int) tampered.stream().filter(body -> !accepts(verifies, body)).count();
        Bench.progress(String.format(
                Locale.ROOT, "  %s, %s: %s/s on 1 thread, %s/s on %d", verifier, messages, one, all, cores));
        // Asked after the checks: the SDK fetches the certificate during them
        String certificateText = certificate.get();
        return new Row(
                verifier, messages, accepted, valid.size(), refused, tampered.size(), one, all, bytes, certificateText);
    }

    private static boolean accepts(Verifier verifier, String body) {
        try {
            verifier.verify(body);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
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
                    .httpClient(new CertificateFolder(fixtures))
                    .build()) {
                manager.parseMessage(body);
            }
        };
        return List.of(real("Kakehashi", kakehashi, valid, tampered), real(Verifiers.SDK, sdk, valid, tampered));
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
}
