package jp.kakehashi.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Two ways to load a server with the JDK's HttpClient:
 * <ul>
 * <li>{@link #saturate}: a closed loop of a fixed number of callers, for the most the server can answer per second;</li>
 * <li>{@link #atRate}: an open loop at a fixed arrival rate, each latency measured from the moment the request was
 * due, not from when it could be sent, so that a stalled server shows in the percentiles instead of hiding behind
 * requests that were never sent (coordinated omission).</li>
 * </ul>
 */
final class Load {

    private static final long MAX_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int MAX_IN_FLIGHT = 2_000;

    private final HttpClient client;

    Load(HttpClient client) {
        this.client = client;
    }

    static HttpClient client(int threads) {
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench-http");
            thread.setDaemon(true);
            return thread;
        });
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** {@code callers} loops sending request after request for the duration; request {@code i} comes from the supplier. */
    Result saturate(String name, int callers, Duration duration, int expectedStatus, IntFunction<HttpRequest> requests)
            throws InterruptedException {
        Histogram histogram = new Histogram(MAX_LATENCY_NANOS, 3);
        AtomicLong sequence = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        Thread[] threads = new Thread[callers];
        long started = System.nanoTime();
        for (int c = 0; c < callers; c++) {
            threads[c] = new Thread(
                    () -> {
                        while (System.nanoTime() < end) {
                            HttpRequest request = requests.apply((int) sequence.getAndIncrement());
                            long sent = System.nanoTime();
                            try {
                                HttpResponse<Void> response =
                                        client.send(request, HttpResponse.BodyHandlers.discarding());
                                if (response.statusCode() != expectedStatus) {
                                    errors.incrementAndGet();
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                            synchronized (histogram) {
                                histogram.recordValue(Math.min(System.nanoTime() - sent, MAX_LATENCY_NANOS));
                            }
                        }
                    },
                    "bench-caller-" + c);
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return Result.of(name, "closed loop, " + callers + " callers", histogram, seconds, errors.get());
    }

    /** Requests due at a fixed rate for the duration; waits for the last answers before it returns. */
    Result atRate(
            String name, double perSecond, Duration duration, int expectedStatus, IntFunction<HttpRequest> requests)
            throws InterruptedException {
        Histogram histogram = new Histogram(MAX_LATENCY_NANOS, 3);
        AtomicLong errors = new AtomicLong();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long interval = (long) (1e9 / perSecond);
        long total = (long) (duration.toNanos() / interval);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                errors.incrementAndGet();
                continue;
            }
            client.sendAsync(requests.apply((int) i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        long latency = Math.min(System.nanoTime() - due, MAX_LATENCY_NANOS);
                        if (failure != null || response.statusCode() != expectedStatus) {
                            errors.incrementAndGet();
                        }
                        synchronized (histogram) {
                            histogram.recordValue(latency);
                        }
                        inFlight.release();
                    });
        }
        inFlight.acquire(MAX_IN_FLIGHT);
        inFlight.release(MAX_IN_FLIGHT);
        double seconds = (System.nanoTime() - start) / 1e9;
        return Result.of(name, "open loop at " + Math.round(perSecond) + "/s", histogram, seconds, errors.get());
    }

    record Result(
            String scenario,
            String mode,
            long requests,
            double seconds,
            double perSecond,
            double p50Millis,
            double p99Millis,
            double maxMillis,
            long errors) {

        static Result of(String scenario, String mode, Histogram histogram, double seconds, long errors) {
            long count = histogram.getTotalCount();
            return new Result(
                    scenario,
                    mode,
                    count,
                    seconds,
                    count / seconds,
                    histogram.getValueAtPercentile(50) / 1e6,
                    histogram.getValueAtPercentile(99) / 1e6,
                    histogram.getMaxValue() / 1e6,
                    errors);
        }
    }
}
