package jp.kakehashi.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Kakehashi's SNS verification beside AWS's {@code SnsMessageManager} ({@link Verifiers}), a JMH benchmark: messages
 * verified per second, on 1,000 DRS notifications signed with the {@link #signatureVersion} by a key {@code keytool}
 * makes for each fork ({@link VerificationInputs}). Each verifier runs in forks of its own, so that neither is timed
 * while the JIT works for the other. bench/run runs it through {@link VerifierComparison} (on one thread and on as
 * many as there are cores, with the GC profiler for the bytes each allocates per message); on its own:
 * {@code java -jar bench/harness/target/benchmarks.jar SnsVerificationBenchmark -prof gc}. The defaults below are
 * bench/run's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SnsVerificationBenchmark {

    static final int MESSAGES = 1000;

    @Param({"1", "2"})
    public String signatureVersion;

    private VerificationInputs inputs;
    private Verifiers verifiers;
    private List<String> bodies;

    @Setup(Level.Trial)
    public void prepare(BenchmarkParams benchmark) throws Exception {
        inputs = VerificationInputs.make(MESSAGES);
        bodies = inputs.signed(signatureVersion);
        verifiers = new Verifiers(inputs.certificates(), VerificationInputs.TOPIC_ARN);
        // A refusal would be timed as a (cheaper) success: every message must pass the verifier timed here first
        boolean sdk = benchmark.getBenchmark().endsWith(".awsSdk");
        bodies.forEach(body -> {
            if (sdk) {
                verifiers.sdk(body);
            } else {
                verifiers.kakehashi(body);
            }
        });
    }

    @TearDown(Level.Trial)
    public void dispose() {
        verifiers.close();
        inputs.close();
    }

    /** Each thread goes round the messages from a place of its own, so that threads do not verify one in step. */
    @State(Scope.Thread)
    public static class Cursor {

        private int next;

        @Setup(Level.Trial)
        public void start(ThreadParams thread) {
            next = thread.getThreadIndex() * MESSAGES / thread.getThreadCount();
        }

        String next(List<String> bodies) {
            String body = bodies.get(next);
            next = (next + 1) % bodies.size();
            return body;
        }
    }

    @Benchmark
    public Object kakehashi(Cursor cursor) {
        return verifiers.kakehashi(cursor.next(bodies));
    }

    @Benchmark
    public Object awsSdk(Cursor cursor) {
        return verifiers.sdk(cursor.next(bodies));
    }
}
