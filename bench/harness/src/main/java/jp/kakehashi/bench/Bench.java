package jp.kakehashi.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kakehashi's benchmark against a running server (bench/run starts and stops it): the SNS ingest ladder, each
 * scenario measured in the same run as the no-op servlet it is compared with, and the footprint. Writes
 * bench/results/&lt;time&gt;.json and .md, and latest.json and latest.md.
 */
public final class Bench {

    private static final String DRS_TOPIC = "arn:aws:sns:us-east-1:123456789012:kakehashi-drs";
    private static final int SINK_BATCH = 150;
    private static final int SHOPPERS = 100;
    /** The SNS consumer's message endpoint, application#module#bean. */
    private static final String CONSUMER_ENDPOINT = "kakehashi#kakehashi-ejb.jar#SnsNotificationConsumer";

    private static final String MEMBER_PASSWORD = "bench member password";

    private final String base = System.getProperty("bench.base-url", "http://localhost:9080");
    private final String admin = System.getProperty("bench.admin", "admin:kakehashi-admin-demo");
    private final Path out = Path.of(System.getProperty("bench.out", "bench/results"));
    /** The Liberty installation that runs the server, for {@code server pause} and {@code resume}. */
    private final String wlp = System.getProperty("bench.wlp", "ear/target/liberty/wlp");

    private final String profile = System.getProperty("bench.profile", "Default profile");
    private final Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
    private final Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warm-up-seconds", 10));
    private final int callers = Integer.getInteger("bench.callers", 16);
    private final int drainCount = Integer.getInteger("bench.drain-notifications", 10_000);
    private final int tokenDevices = Math.min(10_000, Integer.getInteger("bench.token-devices", 10_000));
    private final HttpClient client = Load.client(64);
    private final Load load = new Load(client);

    public static void main(String[] args) throws Exception {
        new Bench().run();
    }

    private void run() throws Exception {
        String only = System.getProperty("bench.only", "");
        if (only.equals("sign-in")) {
            quickSignIn();
            return;
        }
        // Quick looks at one part (BENCH_OPTS=-Dbench.only=...): no report is written. The verification comparison
        // makes its own messages and needs no server.
        if (only.equals("verify")) {
            System.out.println(compareVerifiers().toMarkdown());
            return;
        }
        progress("Preparing signed notifications from the sandbox's SNS signer ...");
        List<String> pool = signedNotifications(1000);
        List<String> unique = signedNotifications(drainCount);
        List<String> tampered =
                pool.stream().map(body -> body.replace("KCF01-", "KCF09-")).toList();
        String noopBody = pool.get(0);
        Map<String, Scenario> scenarios = new java.util.LinkedHashMap<>();
        scenarios.put("noop", new Scenario("(1) no-op servlet", 200, i -> post("/bench-noop/", noopBody)));
        scenarios.put(
                "verify",
                new Scenario(
                        "(2) SNS signature verification only (403 for a tampered body)",
                        403,
                        i -> sns(tampered.get(i % tampered.size()))));
        scenarios.put(
                "ack",
                new Scenario(
                        "(3) verification + persistent JMS send: the 200 SNS sees",
                        200,
                        i -> sns(pool.get(i % pool.size()))));

        if (only.equals("ack")) {
            quickAck(scenarios.get("noop"), scenarios.get("ack"));
            return;
        }
        if (only.equals("drain")) {
            quickDrain(unique);
            return;
        }
        if (only.equals("tokens")) {
            quickTokens(scenarios.get("noop"));
            return;
        }
        if (only.equals("stored")) {
            quickStored(scenarios.get("noop"), scenarios.get("ack"), unique);
            return;
        }

        VerifierComparison.Result verifiers = compareVerifiers();

        progress("Warming up ...");
        for (Scenario scenario : scenarios.values()) {
            load.saturate(scenario.name, callers, warmUp, scenario.status, scenario.requests);
        }
        awaitQueueEmpty(Duration.ofMinutes(5));

        List<Load.Result> saturation = new ArrayList<>();
        for (Scenario scenario : scenarios.values()) {
            progress("Saturating: " + scenario.name);
            saturation.add(load.saturate(scenario.name, callers, measure, scenario.status, scenario.requests));
            awaitQueueEmpty(Duration.ofMinutes(5));
        }
        double rate = Math.max(10, Math.floor(saturation.get(2).perSecond() * 0.5));
        List<Load.Result> atRate = new ArrayList<>();
        for (Scenario scenario : scenarios.values()) {
            progress("At " + rate + "/s: " + scenario.name);
            atRate.add(load.atRate(scenario.name, rate, measure, scenario.status, scenario.requests));
            awaitQueueEmpty(Duration.ofMinutes(5));
        }

        progress("End to end: " + unique.size() + " new notifications until every device is committed ...");
        Drain drain = drain(unique);
        List<String> queuedUp = signedNotifications(drainCount);
        progress("Backlog: " + queuedUp.size()
                + " notifications acknowledged with the consumers paused, then drained ...");
        BacklogDrain backlog = backlogDrain(queuedUp);

        SignInCallback signIn = new SignInCallback(base);
        SignInCallback.Member member = signIn.registerBuyer(MEMBER_PASSWORD);
        List<Load.Result> signIns = signIns(noopBody, signIn, member.buyer());

        TokenScenarios tokens = new TokenScenarios(base, admin, client, callers);
        progress("Token exchange: setting up " + tokenDevices + " devices ...");
        List<Load.Result> exchange = List.of(
                tokens.exchange(member.email(), MEMBER_PASSWORD, tokenDevices, false),
                tokens.exchange(member.email(), MEMBER_PASSWORD, tokenDevices, true));
        progress("Token refresh: every device's tokens due at once ...");
        TokenScenarios.Refresh refresh = tokens.refreshAll(Duration.ofMinutes(10));

        write(saturation, atRate, rate, drain, backlog, signIns, exchange, refresh, verifiers);
    }

    /**
     * In JMH's forks of the harness's JVM, while the server idles: Kakehashi's verifier and AWS's on the same messages.
     * A failure is reported in its place: the server's scenarios are still worth a run.
     */
    private VerifierComparison.Result compareVerifiers() {
        progress("SNS verification, Kakehashi's and AWS SDK's SnsMessageManager, with JMH ...");
        Path fixtures = Path.of(System.getProperty("bench.sns-fixtures", "ejb/src/test/resources/aws-sns"));
        try {
            return new VerifierComparison().run(fixtures);
        } catch (Exception e) {
            e.printStackTrace();
            return VerifierComparison.Result.failed(e);
        }
    }

    /** The sign-in callback alone, beside the no-op servlet (for a profile with BENCH_JFR). */
    private void quickSignIn() throws Exception {
        SignInCallback signIn = new SignInCallback(base);
        for (Load.Result result :
                signIns("{}", signIn, signIn.registerBuyer(MEMBER_PASSWORD).buyer())) {
            progress(result.scenario() + ": " + brief(result));
        }
    }

    /** Step (3) with the consumers running and with them paused: how much of the acknowledged rate the drain beside it takes. */
    private void quickAck(Scenario noop, Scenario ack) throws Exception {
        load.saturate(ack.name, callers, warmUp, ack.status, ack.requests);
        awaitQueueEmpty(Duration.ofMinutes(5));
        Load.Result baseline = load.saturate(noop.name, callers, measure, noop.status, noop.requests);
        Load.Result draining = load.saturate(ack.name, callers, measure, ack.status, ack.requests);
        awaitQueueEmpty(Duration.ofMinutes(5));
        consumers("pause");
        Load.Result paused;
        try {
            paused = load.saturate(ack.name, callers, measure, ack.status, ack.requests);
        } finally {
            consumers("resume");
        }
        awaitQueueEmpty(Duration.ofMinutes(10));
        progress(noop.name + ": " + brief(baseline));
        progress(ack.name + ", consumers running: " + brief(draining) + percentOf(draining, baseline));
        progress(ack.name + ", consumers paused: " + brief(paused) + percentOf(paused, baseline));
    }

    /**
     * Device setups through the API signed in by HTTP Basic and by a Bearer token, beside the no-op servlet measured
     * just before them (a warm-up round of each first): the two ways of authorizing the companion app.
     */
    private void quickTokens(Scenario noop) throws Exception {
        SignInCallback.Member member = new SignInCallback(base).registerBuyer(MEMBER_PASSWORD);
        TokenScenarios tokens = new TokenScenarios(base, admin, client, callers);
        tokens.exchange(member.email(), MEMBER_PASSWORD, Math.min(500, tokenDevices), false);
        tokens.exchange(member.email(), MEMBER_PASSWORD, Math.min(500, tokenDevices), true);
        load.saturate(noop.name, callers, warmUp, noop.status, noop.requests);
        Load.Result baseline = load.saturate(noop.name, callers, measure, noop.status, noop.requests);
        Load.Result basic = tokens.exchange(member.email(), MEMBER_PASSWORD, tokenDevices, false);
        Load.Result bearer = tokens.exchange(member.email(), MEMBER_PASSWORD, tokenDevices, true);
        progress(noop.name + ": " + brief(baseline));
        progress(basic.scenario() + ": " + brief(basic) + percentOf(basic, baseline) + ", errors " + basic.errors());
        progress(
                bearer.scenario() + ": " + brief(bearer) + percentOf(bearer, baseline) + ", errors " + bearer.errors());
        progress(String.format(Locale.ROOT, "Bearer over Basic: %.1f times", bearer.perSecond() / basic.perSecond()));
    }

    /**
     * One half of the stored-rows scenario (BENCH_STORED, bench/run): after a warm-up, the no-op servlet, the
     * acknowledged rate with the consumers storing beside it, and the consumers' backlog drain of new notifications;
     * appended as one line to {@code bench.stored-file}, with {@code bench.stored-rows}, the notifications stored
     * before this run.
     */
    private void quickStored(Scenario noop, Scenario ack, List<String> unique) throws Exception {
        load.saturate(noop.name, callers, warmUp, noop.status, noop.requests);
        load.saturate(ack.name, callers, warmUp, ack.status, ack.requests);
        awaitQueueEmpty(Duration.ofMinutes(10));
        Load.Result baseline = load.saturate(noop.name, callers, measure, noop.status, noop.requests);
        Load.Result acknowledged = load.saturate(ack.name, callers, measure, ack.status, ack.requests);
        awaitQueueEmpty(Duration.ofMinutes(10));
        BacklogDrain backlog = backlogDrain(unique);
        long rows = Long.getLong("bench.stored-rows", 0);
        progress(String.format(
                Locale.ROOT,
                "%,d stored: no-op %.0f/s, acknowledged %.0f/s%s, backlog of %d drained at %.0f/s",
                rows,
                baseline.perSecond(),
                acknowledged.perSecond(),
                percentOf(acknowledged, baseline),
                backlog.backlog(),
                backlog.perSecond()));
        Files.writeString(
                Path.of(System.getProperty("bench.stored-file")),
                String.format(
                        Locale.ROOT,
                        "%d %.1f %.1f %.1f %.1f %d %d%n",
                        rows,
                        baseline.perSecond(),
                        acknowledged.perSecond(),
                        acknowledged.p99Millis(),
                        backlog.perSecond(),
                        backlog.backlog(),
                        acknowledged.errors() + backlog.refused()),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** The two drains after a warm-up drain, for work on the consumers. */
    private void quickDrain(List<String> unique) throws Exception {
        drain(signedNotifications(2000));
        progress("Warmed up");
        Drain drain = drain(unique);
        progress(String.format(
                "End to end: acknowledged %.0f/s, drained %.0f/s (%.0f/s after the last acknowledgement), largest backlog %d, refused %d",
                drain.ackedPerSecond(),
                drain.drainedPerSecond(),
                drain.drainedAfterLastAckPerSecond(),
                drain.maxBacklog(),
                drain.refused()));
        BacklogDrain backlog = backlogDrain(signedNotifications(drainCount));
        progress(String.format(
                "Backlog: %d drained in %.1f s, %.0f/s", backlog.backlog(), backlog.seconds(), backlog.perSecond()));
    }

    private static String brief(Load.Result result) {
        return String.format(
                Locale.ROOT,
                "%.0f/s, p50 %.1f ms, p99 %.1f ms",
                result.perSecond(),
                result.p50Millis(),
                result.p99Millis());
    }

    private static String percentOf(Load.Result result, Load.Result baseline) {
        return String.format(
                Locale.ROOT, " (%.0f%% of the no-op servlet)", 100 * result.perSecond() / baseline.perSecond());
    }

    private List<Load.Result> signIns(String noopBody, SignInCallback signIn, String buyer) throws Exception {
        progress("Sign-in callback: " + SHOPPERS + " shoppers ...");
        // A gentle warm-up first: 100 cold shoppers at once made Get Buyer (the sandbox beside us) miss its read
        // timeout
        // and open the circuit breaker for the whole measurement
        signIn.run(buyer, SHOPPERS / 10, warmUp);
        signIn.run(buyer, SHOPPERS, warmUp);
        return List.of(
                load.saturate("(1) no-op servlet", SHOPPERS, measure, 200, i -> post("/bench-noop/", noopBody)),
                signIn.run(buyer, SHOPPERS, measure));
    }

    /** With the time, so that a profile of the server (BENCH_JFR) can be cut into the scenarios. */
    static void progress(String text) {
        System.out.println(Instant.now() + " " + text);
    }

    // --- The scenarios

    private record Scenario(String name, int status, java.util.function.IntFunction<HttpRequest> requests) {}

    private HttpRequest sns(String body) {
        return HttpRequest.newBuilder(URI.create(base + "/sns/notifications"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("x-amz-sns-message-type", "Notification")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Every notification posted once as fast as the callers can; the backlog sampled until the queue is empty. */
    private Drain drain(List<String> bodies) throws Exception {
        AtomicLong maxDepth = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxDepth.accumulateAndGet(queueDepth(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        sampler.start();
        long refused = postAll(bodies);
        double ackSeconds = (System.nanoTime() - start) / 1e9;
        long backlogAtLastAck = queueDepth();
        awaitQueueEmpty(Duration.ofMinutes(10));
        double drainSeconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        return new Drain(
                bodies.size(),
                refused,
                ackSeconds,
                drainSeconds,
                Math.max(maxDepth.get(), backlogAtLastAck),
                backlogAtLastAck);
    }

    /** Every notification posted once, as fast as the callers can; how many were not answered 200. */
    private long postAll(List<String> bodies) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        Thread[] threads = new Thread[callers];
        for (int c = 0; c < callers; c++) {
            threads[c] = new Thread(() -> {
                for (long i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    try {
                        if (client.send(sns(bodies.get((int) i)), HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                != 200) {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                }
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return refused.get();
    }

    /**
     * The consumers' own rate, with nothing else running: the notifications are acknowledged while the consumers'
     * message endpoint is paused ({@code server pause --target}), then it is resumed and timed until the queue is empty.
     */
    private BacklogDrain backlogDrain(List<String> bodies) throws Exception {
        consumers("pause");
        long refused;
        try {
            refused = postAll(bodies);
        } catch (InterruptedException | RuntimeException e) {
            consumers("resume");
            throw e;
        }
        Thread.sleep(1000);
        long queued = queueDepth();
        consumers("resume");
        long backlog = queueDepth();
        long start = System.nanoTime();
        awaitQueueEmpty(Duration.ofMinutes(10));
        return new BacklogDrain(queued, backlog, (System.nanoTime() - start) / 1e9, refused);
    }

    private record BacklogDrain(long queued, long backlog, double seconds, long refused) {
        double perSecond() {
            return backlog / Math.max(0.001, seconds);
        }
    }

    private void consumers(String action) throws Exception {
        Process command = new ProcessBuilder(wlp + "/bin/server", action, "kakehashi", "--target=" + CONSUMER_ENDPOINT)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (command.waitFor() != 0) {
            throw new IllegalStateException(
                    "server " + action + " of " + CONSUMER_ENDPOINT + " failed: " + command.exitValue());
        }
    }

    private record Drain(
            int notifications,
            long refused,
            double ackSeconds,
            double drainSeconds,
            long maxBacklog,
            long backlogAtLastAck) {
        double ackedPerSecond() {
            return (notifications - refused) / ackSeconds;
        }

        double drainedPerSecond() {
            return (notifications - refused) / drainSeconds;
        }

        /** The consumers' own rate, once no request competes with them for the cores. */
        double drainedAfterLastAckPerSecond() {
            return backlogAtLastAck / Math.max(0.001, drainSeconds - ackSeconds);
        }
    }

    // --- The sandbox's signer and the admin API

    /** Unique DeviceRegisteredNotifications signed by the sandbox, collected at a sink a batch at a time. */
    private List<String> signedNotifications(int count) throws Exception {
        String control = base + "/amazon-sandbox/api/sandbox/sns";
        for (JsonValue subscription : json(get(control + "/subscriptions")).asJsonArray()) {
            String endpoint = subscription.asJsonObject().getString("endpoint");
            if (!endpoint.contains("/sink/")) {
                // Kakehashi's own subscription: the bench posts what it wants, when it wants.
                send(HttpRequest.newBuilder(URI.create(control + "/subscriptions/"
                                + URLEncoder.encode(
                                        subscription.asJsonObject().getString("subscriptionArn"),
                                        StandardCharsets.UTF_8)))
                        .DELETE());
            }
        }
        String sink = "bench-" + System.nanoTime();
        String sinkUrl = control + "/sink/" + sink;
        sendJson(
                control + "/subscriptions",
                Json.createObjectBuilder()
                        .add("topicArn", DRS_TOPIC)
                        .add("endpoint", sinkUrl)
                        .build());
        String confirmation = awaitSink(sinkUrl, "SubscriptionConfirmation", 1).get(0);
        get(json(confirmation).asJsonObject().getString("SubscribeURL"));

        List<String> signed = new ArrayList<>();
        long serial = 10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000);
        while (signed.size() < count) {
            send(HttpRequest.newBuilder(URI.create(sinkUrl)).DELETE());
            int batch = Math.min(SINK_BATCH, count - signed.size());
            for (int i = 0; i < batch; i++) {
                sendJson(
                        control + "/drs/scan-box",
                        Json.createObjectBuilder()
                                .add("serialNumber", "KCF01-" + (serial++ % 100_000_000))
                                .add("modelId", "KAKEHASHI_COFFEE_01")
                                .add("directedCustomerId", "amzn1.account.BENCH")
                                .add("lwaClientId", "amzn1.application-oa2-client.bench")
                                .build());
            }
            signed.addAll(awaitSink(sinkUrl, "Notification", batch));
        }
        return signed;
    }

    private List<String> awaitSink(String sinkUrl, String type, int count) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            List<String> bodies = json(get(sinkUrl)).asJsonArray().stream()
                    .map(v -> v.asJsonObject().getString("body"))
                    .filter(body -> json(body).asJsonObject().getString("Type").equals(type))
                    .toList();
            if (bodies.size() >= count) {
                return bodies;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the sink did not receive " + count + " " + type);
    }

    private long queueDepth() {
        try {
            HttpResponse<String> queues = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/admin/queues"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(admin.getBytes(StandardCharsets.UTF_8)))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return json(queues.body()).asJsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(queue -> queue.getString("name").equals("SnsInboundQueue"))
                    .findFirst()
                    .map(queue -> queue.getJsonNumber("depth").longValue())
                    .orElse(-1L);
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void awaitQueueEmpty(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (queueDepth() != 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the inbound queue did not drain within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private String get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private void sendJson(String url, JsonObject body) throws Exception {
        send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private String send(HttpRequest.Builder request) throws Exception {
        return send(client, request);
    }

    /** The body of a 2xx answer (30 s at most); anything else is an error that stops the benchmark. */
    static String send(HttpClient client, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response =
                client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " from " + response.uri() + ": " + response.body());
        }
        return response.body();
    }

    static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    // --- The report

    private void write(
            List<Load.Result> saturation,
            List<Load.Result> atRate,
            double rate,
            Drain drain,
            BacklogDrain backlog,
            List<Load.Result> signIns,
            List<Load.Result> exchange,
            TokenScenarios.Refresh refresh,
            VerifierComparison.Result verifiers)
            throws IOException {
        Instant now = Instant.now();
        Footprint footprint = Footprint.read();
        double noop = saturation.get(0).perSecond();
        JsonObjectBuilder report = Json.createObjectBuilder()
                .add("time", now.toString())
                .add("machine", Machine.describe())
                .add("profile", profile)
                .add("callers", callers)
                .add("measureSeconds", measure.toSeconds())
                .add("saturation", results(saturation, noop))
                .add("openLoopRate", rate)
                .add("openLoop", results(atRate, 0))
                .add(
                        "endToEnd",
                        Json.createObjectBuilder()
                                .add("notifications", drain.notifications())
                                .add("refused", drain.refused())
                                .add("ackedPerSecond", round(drain.ackedPerSecond()))
                                .add("drainedPerSecond", round(drain.drainedPerSecond()))
                                .add("drainedPercentOfNoop", round(100 * drain.drainedPerSecond() / noop))
                                .add("drainedAfterLastAckPerSecond", round(drain.drainedAfterLastAckPerSecond()))
                                .add("backlogAtLastAck", drain.backlogAtLastAck())
                                .add("ackSeconds", round(drain.ackSeconds()))
                                .add("drainSeconds", round(drain.drainSeconds()))
                                .add("maxBacklog", drain.maxBacklog()))
                .add(
                        "backlogDrain",
                        Json.createObjectBuilder()
                                .add("queued", backlog.queued())
                                .add("backlog", backlog.backlog())
                                .add("seconds", round(backlog.seconds()))
                                .add("drainedPerSecond", round(backlog.perSecond()))
                                .add("refused", backlog.refused()))
                .add("signIn", results(signIns, signIns.get(0).perSecond()))
                .add("tokenExchange", results(exchange, noop))
                .add("tokenRefresh", refresh.toJson())
                .add("verifierComparison", verifiers.toJson())
                .add("footprint", footprint.toJson());
        JsonObject json = report.build();

        StringBuilder md = new StringBuilder();
        md.append("# Kakehashi benchmark, ")
                .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)))
                .append(" UTC\n\n");
        md.append("Machine: ")
                .append(Machine.describe())
                .append(". ")
                .append(profile)
                .append(", one server, the load generator on the same machine.\n\n");
        md.append("## SNS ingest ladder: saturation (closed loop, ")
                .append(callers)
                .append(" callers, ")
                .append(measure.toSeconds())
                .append(" s each)\n\n");
        table(md, saturation, noop);
        md.append("\n## The same at a fixed rate of ")
                .append(Math.round(rate))
                .append("/s, half the acknowledged maximum ")
                .append("(open loop; latency from each request's due time)\n\n");
        md.append("| scenario | requests/s | p50 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|\n");
        for (Load.Result r : atRate) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.2f | %.2f | %.1f | %d |%n",
                    r.scenario(),
                    r.perSecond(),
                    r.p50Millis(),
                    r.p99Millis(),
                    r.maxMillis(),
                    r.errors()));
        }
        md.append("\n## End to end: ")
                .append(drain.notifications())
                .append(" new notifications, POST to committed device row\n\n");
        md.append(
                "| acknowledged/s | drained/s (all committed) | drained of the no-op servlet | drained/s after the last acknowledgement "
                        + "| time to acknowledge all | time until all committed | largest backlog | refused |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(String.format(
                Locale.ROOT,
                "| %.0f | %.0f | %.1f%% | %.0f | %.1f s | %.1f s | %d | %d |%n",
                drain.ackedPerSecond(),
                drain.drainedPerSecond(),
                100 * drain.drainedPerSecond() / noop,
                drain.drainedAfterLastAckPerSecond(),
                drain.ackSeconds(),
                drain.drainSeconds(),
                drain.maxBacklog(),
                drain.refused()));
        md.append("\n## Backlog drain: ")
                .append(backlog.queued())
                .append(" notifications acknowledged while the consumers were paused ")
                .append("(`server pause`), then resumed and timed until the queue was empty\n\n");
        md.append(
                "| backlog at resume | time to drain | drained/s | refused while queueing |\n|---:|---:|---:|---:|\n");
        md.append(String.format(
                Locale.ROOT,
                "| %d | %.1f s | %.0f | %d |%n",
                backlog.backlog(),
                backlog.seconds(),
                backlog.perSecond(),
                backlog.refused()));
        md.append("\n## Sign-in callback: ")
                .append(SHOPPERS)
                .append(" shoppers at once (closed loop; each opens the login page ")
                .append("and gets a buyerToken before the timed return)\n\n");
        table(md, signIns, signIns.get(0).perSecond());
        md.append("\n## Token exchange: ")
                .append(exchange.get(0).requests())
                .append(" devices set up through the API for each way of signing the app in, ")
                .append(callers)
                .append(
                        " callers (each call: the member's credentials checked, the exchange at the sandbox, the sealed tokens stored)\n\n");
        md.append(
                "| scenario | exchanges/s | of no-op | p50 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Load.Result result : exchange) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.1f%% | %.2f | %.2f | %.1f | %d |%n",
                    result.scenario(),
                    result.perSecond(),
                    100 * result.perSecond() / noop,
                    result.p50Millis(),
                    result.p99Millis(),
                    result.maxMillis(),
                    result.errors()));
        }
        md.append(String.format(
                Locale.ROOT,
                "%nBearer over Basic: %.1f times.%n",
                exchange.get(1).perSecond() / exchange.get(0).perSecond()));
        md.append("\n## Token refresh: every device's tokens due at once (admin API), until none is due\n\n")
                .append(refresh.toMarkdown());
        md.append(
                        "\n## SNS verification: Kakehashi's beside AWS SDK for Java 2's SnsMessageManager, the same messages\n\n")
                .append(verifiers.toMarkdown());
        md.append("\n## Footprint\n\n").append(footprint.toMarkdown());

        Files.createDirectories(out);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(now.atOffset(ZoneOffset.UTC));
        StringWriter pretty = new StringWriter();
        try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(pretty)) {
            generator.write(json);
        }
        for (String name : List.of(stamp, "latest")) {
            Files.writeString(out.resolve(name + ".json"), pretty.toString().strip() + "\n");
            Files.writeString(out.resolve(name + ".md"), md);
        }
        System.out.println(md);
    }

    /** {@code noop}: the no-op servlet's rate for the ratio; 0 where the rate was fixed and a ratio means nothing. */
    private static JsonArrayBuilder results(List<Load.Result> results, double noop) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Load.Result r : results) {
            JsonObjectBuilder result = Json.createObjectBuilder()
                    .add("scenario", r.scenario())
                    .add("mode", r.mode())
                    .add("requests", r.requests())
                    .add("perSecond", round(r.perSecond()))
                    .add("p50Millis", round(r.p50Millis()))
                    .add("p99Millis", round(r.p99Millis()))
                    .add("maxMillis", round(r.maxMillis()))
                    .add("errors", r.errors());
            if (noop > 0) {
                result.add("ofNoop", round(r.perSecond() / noop));
            }
            array.add(result);
        }
        return array;
    }

    private static void table(StringBuilder md, List<Load.Result> results, double noop) {
        md.append(
                "| scenario | requests/s | of no-op | p50 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Load.Result r : results) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f%% | %.2f | %.2f | %.1f | %d |%n",
                    r.scenario(),
                    r.perSecond(),
                    100 * r.perSecond() / noop,
                    r.p50Millis(),
                    r.p99Millis(),
                    r.maxMillis(),
                    r.errors()));
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
