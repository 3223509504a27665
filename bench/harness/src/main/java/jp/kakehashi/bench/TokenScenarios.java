package jp.kakehashi.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Token exchange and refresh at Login with Amazon (the sandbox's token endpoint, no injected latency):
 * {@code devices} devices are pre-registered at the sandbox, then set up through the companion app's API by a member
 * (HTTP Basic, so each call also checks the member's password), every setup one device_preregistration exchange;
 * then an admin makes all their tokens due at once and the bench times the refresh until none is due, while the
 * sandbox records how many refresh calls were in flight at once.
 */
final class TokenScenarios {

    private final String base;
    private final String admin;
    private final HttpClient client;
    private final int callers;

    TokenScenarios(String base, String admin, HttpClient client, int callers) {
        this.base = base;
        this.admin = admin;
        this.client = client;
        this.callers = callers;
    }

    record Refresh(long madeDue, double seconds, long peakConcurrency, long stillDue) {
        double perSecond() {
            return madeDue / seconds;
        }

        JsonObjectBuilder toJson() {
            return Json.createObjectBuilder()
                    .add("madeDue", madeDue)
                    .add("seconds", Math.round(seconds * 100) / 100.0)
                    .add("perSecond", Math.round(perSecond() * 100) / 100.0)
                    .add("peakConcurrencyAtLoginWithAmazon", peakConcurrency)
                    .add("stillDueAtTheEnd", stillDue);
        }

        String toMarkdown() {
            return "| tokens made due | time until none is due | refreshes/s | most refresh calls in flight at Login with Amazon | still due |\n"
                    + "|---:|---:|---:|---:|---:|\n"
                    + String.format(
                            Locale.ROOT,
                            "| %d | %.1f s | %.0f | %d | %d |%n",
                            madeDue,
                            seconds,
                            perSecond(),
                            peakConcurrency,
                            stillDue);
        }
    }

    /**
     * Pre-registers and sets up {@code devices} devices, {@code callers} at a time, authorized as the companion app
     * would be: HTTP Basic with the member's password on every call (the compatibility path: a password hash each),
     * or a Bearer access token from one sign-in at /api/auth/token. The exchanges' throughput and latency.
     */
    Load.Result exchange(String email, String password, int devices, boolean bearer) throws Exception {
        String prefix = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        String authorization = bearer
                ? "Bearer " + accessToken(email, password)
                : "Basic "
                        + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        runAll(
                devices,
                i -> {
                    HttpResponse<Void> registered = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/amazon-sandbox/api/sandbox/lwa/devices"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"serial\":\"" + serial(prefix, i)
                                                            + "\",\"modelId\":\"KAKEHASHI_COFFEE_01\",\"directedCustomerId\":\"amzn1.account.BENCH\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    return registered.statusCode() == 201;
                },
                null);
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        long started = System.nanoTime();
        long errors = runAll(
                devices,
                i -> client.send(
                                        HttpRequest.newBuilder(URI.create(base + "/api/devices/setup"))
                                                .timeout(Duration.ofSeconds(30))
                                                .header("Authorization", authorization)
                                                .header("Content-Type", "application/json")
                                                .POST(HttpRequest.BodyPublishers.ofString(
                                                        "{\"modelId\":\"KAKEHASHI_COFFEE_01\",\"serialNumber\":\""
                                                                + serial(prefix, i) + "\"}"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 201,
                histogram);
        return Load.Result.of(
                bearer
                        ? "device setup through the API, Bearer access token (one sign-in)"
                        : "device setup through the API, HTTP Basic (a password hash on every call)",
                "closed loop, " + callers + " callers, " + devices + " devices",
                histogram,
                (System.nanoTime() - started) / 1e9,
                errors);
    }

    /** The app's sign-in: the member's password once, for an access token. */
    private String accessToken(String email, String password) throws Exception {
        String form = "grant_type=password&username=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no access token: " + answer.statusCode() + " " + answer.body());
        }
        return Json.createReader(new java.io.StringReader(answer.body()))
                .readObject()
                .getString("access_token");
    }

    /** Makes every device's tokens due through the admin API and waits until none is due. */
    Refresh refreshAll(Duration timeout) throws Exception {
        send(HttpRequest.newBuilder(URI.create(base + "/amazon-sandbox/api/sandbox/faults/peak-concurrency"))
                .DELETE());
        long started = System.nanoTime();
        JsonObject made = json(send(HttpRequest.newBuilder(URI.create(base + "/api/admin/devices/tokens/refresh"))
                .header("Authorization", adminAuthorization())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));
        long due = made.getJsonNumber("madeDue").longValue();
        long deadline = started + timeout.toNanos();
        long stillDue = due;
        while (stillDue > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            stillDue = json(send(HttpRequest.newBuilder(URI.create(base + "/api/admin/devices/tokens"))
                            .header("Authorization", adminAuthorization())
                            .GET()))
                    .getJsonNumber("due")
                    .longValue();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        JsonObject peaks = json(
                send(HttpRequest.newBuilder(URI.create(base + "/amazon-sandbox/api/sandbox/faults/peak-concurrency"))
                        .GET()));
        long peak = peaks.containsKey("LWA_TOKEN")
                ? peaks.getJsonNumber("LWA_TOKEN").longValue()
                : 0;
        return new Refresh(due, seconds, peak, stillDue);
    }

    private interface Call {
        boolean ok(int index) throws Exception;
    }

    /** Calls for indexes 0..count-1, {@code callers} threads taking the next index; each call timed when a histogram is given. */
    private long runAll(int count, Call call, Histogram histogram) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Thread[] threads = new Thread[callers];
        for (int c = 0; c < callers; c++) {
            threads[c] = new Thread(() -> {
                for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    try {
                        if (!call.ok((int) i)) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (histogram != null) {
                        long latency = System.nanoTime() - sent;
                        synchronized (histogram) {
                            histogram.recordValue(Math.min(latency, histogram.getHighestTrackableValue()));
                        }
                    }
                }
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return errors.get();
    }

    private static String serial(String prefix, int index) {
        return "KCF01-" + prefix + String.format("%04d", index % 10_000);
    }

    private String adminAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
    }

    private String send(HttpRequest.Builder request) throws Exception {
        return Bench.send(client, request);
    }

    private static JsonObject json(String text) {
        return Bench.json(text).asJsonObject();
    }
}
