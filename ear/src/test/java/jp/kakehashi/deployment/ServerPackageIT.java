package jp.kakehashi.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Certificates;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.LocalPostgres;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import jp.kakehashi.testsupport.TestJvmOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deployable server package ({@code ./mvnw package} leaves it at {@code ear/target/kakehashi-server.zip}), used
 * as the README's Deployment section says: unzipped anywhere, started with only a JDK and settings from the
 * environment, the production profile against PostgreSQL. Nothing of the build's own server folder is used. Started
 * twice: first with settings missing or placeholders, when it never reports ready and its log names each; then with
 * every setting, when it is ready over HTTPS and keeps production's promises on its running answers: every security
 * header on pages, the API, health and error answers; no HTTP port, no sandbox, no OpenAPI; /metrics behind
 * credentials; Secure session cookies; JSON console logs; error pages that name nothing internal. Its server is its
 * own (the test server is never touched), so it runs in the side lane, beside the other ITs.
 */
@OnServersOfItsOwn
class ServerPackageIT {

    /** PostgreSQL's port: 5432, or -Dkakehashi.postgres.port for another instance (one that allows prepared transactions) */
    private static final String POSTGRES_PORT = System.getProperty("kakehashi.postgres.port", "5432");

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/";
    private static final List<String> SECURITY_HEADERS = List.of(
            "Strict-Transport-Security",
            "Content-Security-Policy",
            "X-Frame-Options",
            "X-Content-Type-Options",
            "Referrer-Policy");

    /** Free ports of the run's own: another build's package may be running beside this one */
    private final int httpsPort = freePort();

    private final String database = "kakehashi_package_" + System.currentTimeMillis();
    private final String keystorePassword = "package-it-" + UUID.randomUUID();
    private Path unpacked;
    private Path serverScript;
    /** A stand-in for the operator's trace collector: Zipkin's span intake, what it received. */
    private HttpServer collector;

    private final List<String> exported = new CopyOnWriteArrayList<>();

    @Test
    void theUnzippedPackageStartsWithTheProductionProfileAndIsReady() throws Exception {
        // Production's database: fails, never skips, without it (.ci/run starts one)
        assertTrue(LocalPostgres.answers(), "PostgreSQL does not answer at " + POSTGRES);
        Path zip = Path.of(System.getProperty("kakehashi.server-package", "target/kakehashi-server.zip"));
        assertTrue(Files.isRegularFile(zip), "the server package was built: " + zip.toAbsolutePath());
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        unpacked = Files.createTempDirectory("kakehashi-package-");
        unzip(zip, unpacked);
        Path serverEnv = unpacked.resolve("wlp/usr/servers/kakehashi-server/server.env");
        assertTrue(
                !Files.exists(serverEnv) || !Files.readString(serverEnv).contains("SNS_TOPIC_ARNS"),
                "no setting of the build's test server in the package");
        serverScript = unpacked.resolve("wlp/bin/server");
        assertTrue(Files.isRegularFile(serverScript), "the package holds the Liberty runtime");
        serverScript.toFile().setExecutable(true);
        Path keystore = unpacked.resolve("key.p12");
        Certificates.selfSigned(keystore, keystorePassword);

        collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/api/v2/spans", exchange -> {
            boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            try (InputStream body = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                exported.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        collector.start();

        int httpPort = freePort();
        // Only environment variables, as a container or a systemd unit sets them (README, Deployment), tracing among
        // them
        Map<String, String> environment = Map.ofEntries(
                Map.entry("OTEL_SDK_DISABLED", "false"),
                Map.entry("OTEL_SERVICE_NAME", "kakehashi"),
                Map.entry("OTEL_TRACES_EXPORTER", "zipkin"),
                Map.entry(
                        "OTEL_EXPORTER_ZIPKIN_ENDPOINT",
                        "http://127.0.0.1:" + collector.getAddress().getPort() + "/api/v2/spans"),
                Map.entry("OTEL_METRICS_EXPORTER", "none"),
                Map.entry("OTEL_LOGS_EXPORTER", "none"),
                Map.entry("OTEL_BSP_SCHEDULE_DELAY", "200"),
                Map.entry("DEFAULT_HTTPS_PORT", Integer.toString(httpsPort)),
                Map.entry("DEFAULT_HTTP_PORT", Integer.toString(httpPort)),
                Map.entry("WLP_LOGGING_CONSOLE_FORMAT", "JSON"),
                Map.entry("WLP_LOGGING_CONSOLE_SOURCE", "message,trace,accessLog,ffdc,audit"),
                Map.entry("KAKEHASHI_DB_HOST", "127.0.0.1"),
                Map.entry("KAKEHASHI_DB_PORT", POSTGRES_PORT),
                Map.entry("KAKEHASHI_DB_NAME", database),
                Map.entry("KAKEHASHI_DB_USER", "postgres"),
                Map.entry("KAKEHASHI_DB_PASSWORD", "trust-auth-ignores-it"),
                Map.entry("KAKEHASHI_KEYSTORE_FILE", keystore.toString()),
                Map.entry("KAKEHASHI_KEYSTORE_PASSWORD", keystorePassword),
                Map.entry("KAKEHASHI_PUBLIC_URL", "https://shop.kakehashi-package-it.jp"),
                Map.entry("KAKEHASHI_MAIL_HOST", "mail.kakehashi-package-it.jp"),
                Map.entry("KAKEHASHI_MAIL_FROM", "shop@kakehashi-package-it.jp"),
                Map.entry("KAKEHASHI_MAIL_USER", "shop"),
                Map.entry("KAKEHASHI_MAIL_PASSWORD", "not-used-by-this-test"),
                // Amazon's settings as Seller Central and the Developer Console give them (values made for the run)
                Map.entry("AMAZON_PAY_PUBLIC_KEY_ID", "LIVE-AHPACKAGEIT00000000001"),
                Map.entry("AMAZON_PAY_PRIVATE_KEY", privateKeyPem()),
                Map.entry("AMAZON_PAY_MERCHANT_ID", "A2PACKAGEIT0001"),
                Map.entry("AMAZON_PAY_STORE_ID", "amzn1.application-oa2-client.packageit0001"),
                Map.entry("LWA_CLIENT_ID", "amzn1.application-oa2-client.packageit0002"),
                Map.entry("LWA_CLIENT_SECRET", UUID.randomUUID().toString()),
                Map.entry("DRS_TOKEN_KEYS", "k1:" + randomKey()),
                Map.entry("SNS_TOPIC_ARNS", "arn:aws:sns:us-west-2:123456789012:kakehashi-drs"),
                Map.entry("WLP_OUTPUT_DIR", unpacked.resolve("output").toString()));
        boolean preparedTransactionsAllowed = LocalPostgres.preparedTransactionsAllowed();

        // First with settings missing or wrong: never ready, and the log names each
        aStartWithIncompleteSettingsIsNeverReady(environment, preparedTransactionsAllowed);

        run(environment, "start", "kakehashi-server");
        HttpResponse<String> ready = Await.present(
                () -> readiness().filter(answer -> answer.body().contains("\"configuration\"")),
                Duration.ofMinutes(3),
                Duration.ofSeconds(2));
        if (preparedTransactionsAllowed) {
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
            assertTrue(ready.body().contains("PostgreSQL"), "ready on PostgreSQL: " + ready.body());
        } else {
            // A PostgreSQL whose max_prepared_transactions is 0 (.ci/run raises it): rightly never ready, and said why
            assertEquals(503, ready.statusCode(), ready.body());
            assertEquals(1, linesNaming(messagesLog(), "max_prepared_transactions"), "the log says why");
        }

        // Traced as the environment asked: the readiness request's server span reaches the collector
        readiness();
        List<String> batches = Await.until(
                () -> List.copyOf(exported),
                received -> received.stream()
                        .anyMatch(batch ->
                                batch.contains("\"serviceName\":\"kakehashi\"") && batch.contains("/health/ready")),
                Duration.ofSeconds(30),
                Duration.ofMillis(200),
                received -> "spans of /health/ready among " + received);
        assertTrue(batches.stream().anyMatch(batch -> batch.contains("\"kind\":\"SERVER\"")), batches.toString());

        // What production promises, on the running package's answers (not its XML)
        everyAnswerCarriesEverySecurityHeader();
        assertTrue(
                Http.answer(
                                HttpClient.newBuilder()
                                        .connectTimeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build())
                        .isEmpty(),
                "no HTTP port: the plain port given in the environment (" + httpPort + ") is not opened");
        for (String developersOnly :
                List.of("/amazon-sandbox/", "/amazon-sandbox/api/sandbox/faults", "/openapi", "/openapi/ui/")) {
            assertEquals(
                    404,
                    get(developersOnly).statusCode(),
                    developersOnly + ": neither the sandbox nor OpenAPI in production");
        }
        HttpResponse<String> metrics = get("/metrics");
        assertEquals(401, metrics.statusCode(), "/metrics needs an administrator's credentials");
        HttpResponse<String> login = get("/shop/login.xhtml");
        List<String> sessionCookies = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("KAKEHASHI_SESSION="))
                .toList();
        assertTrue(
                !sessionCookies.isEmpty()
                        && sessionCookies.stream()
                                .allMatch(cookie -> cookie.contains("; Secure") && cookie.contains("HttpOnly")),
                "the session cookie is Secure and HttpOnly: " + login.headers().map());
        consoleLogsAreJson();
    }

    /**
     * One start with several settings missing, placeholders or malformed proves what one start per setting would: the
     * check reports every problem, not only the first (ProductionSettingsRulesTest shows each rule on its own). The
     * server never reports ready, its health answer names nothing but the server log, and the log has exactly one
     * line per problem naming the setting both ways, never a secret's value.
     */
    private void aStartWithIncompleteSettingsIsNeverReady(
            Map<String, String> complete, boolean preparedTransactionsAllowed) throws Exception {
        String mailPassword = "changeme-" + UUID.randomUUID();
        Map<String, String> incomplete = new java.util.HashMap<>(complete);
        incomplete.remove("AMAZON_PAY_STORE_ID");
        incomplete.put("DRS_TOKEN_KEYS", "k1:change-me");
        incomplete.put("KAKEHASHI_MAIL_PASSWORD", mailPassword);
        incomplete.put("LWA_CLIENT_SECRET", "TODO");
        incomplete.put("KAKEHASHI_PUBLIC_URL", "http://shop.kakehashi-package-it.jp");
        incomplete.put("LOGIN_WITH_AMAZON_MP_REST_URL", "http://api.amazon.com");
        incomplete.put("SNS_TOPIC_ARNS", "");
        // The test servers' work factor, never production's
        incomplete.put("MEMBER_PASSWORD_HASH_ITERATIONS", "1024");
        run(incomplete, "start", "kakehashi-server");
        try {
            HttpResponse<String> notReady = Await.present(
                    () -> readiness().filter(answer -> answer.body().contains("\"configuration\"")),
                    Duration.ofMinutes(3),
                    Duration.ofSeconds(2));
            assertEquals(503, notReady.statusCode(), notReady.body());
            assertTrue(
                    notReady.body().contains("\"reason\":\"configuration incomplete: see the server log\""),
                    notReady.body());
            for (String detail :
                    List.of("kakehashi-package-it", "127.0.0.1", "postgres", "amazon", "Exception", mailPassword)) {
                assertTrue(
                        !notReady.body().contains(detail),
                        "the health answer shows " + detail + ": " + notReady.body());
            }

            // The login page without a store id: an error page, with every header, naming nothing internal
            HttpResponse<String> login = get("/shop/login.xhtml");
            assertEquals(500, login.statusCode());
            SECURITY_HEADERS.forEach(header -> assertTrue(
                    login.headers().firstValue(header).isPresent(),
                    "the error answer lacks " + header + ": " + login.headers().map()));
            assertNoInternals(login.body());

            String log = messagesLog();
            Map<String, String> named = new java.util.LinkedHashMap<>();
            named.put("amazon-pay.store-id", "AMAZON_PAY_STORE_ID");
            named.put("drs.token-keys", "DRS_TOKEN_KEYS");
            named.put("kakehashi.mail.password", "KAKEHASHI_MAIL_PASSWORD");
            named.put("lwa.client-secret", "LWA_CLIENT_SECRET");
            named.put("kakehashi.public-url", "KAKEHASHI_PUBLIC_URL");
            named.put("login-with-amazon/mp-rest/url", "LOGIN_WITH_AMAZON_MP_REST_URL");
            named.put("sns.topic-arns", "SNS_TOPIC_ARNS");
            named.put("member.password.hash-iterations", "MEMBER_PASSWORD_HASH_ITERATIONS");
            named.forEach((setting, variable) -> assertEquals(
                    1,
                    linesNaming(log, "Production setting " + setting + " (environment variable " + variable + ")"),
                    "one log line names " + setting + ":\n" + log));
            assertEquals(
                    named.size() + (preparedTransactionsAllowed ? 0 : 1),
                    linesNaming(log, "Production setting "),
                    "one line per problem, none for a setting that is right");
            for (String secret : List.of(mailPassword, "k1:change-me")) {
                assertTrue(!log.contains(secret), "the log shows a secret's value");
            }
        } finally {
            run(Map.of("WLP_OUTPUT_DIR", unpacked.resolve("output").toString()), "stop", "kakehashi-server");
        }
    }

    private String messagesLog() throws IOException {
        return Files.readString(unpacked.resolve("output/kakehashi-server/logs/messages.log"));
    }

    private static long linesNaming(String log, String text) {
        return log.lines().filter(line -> line.contains(text)).count();
    }

    /** A page, the login page, health, the API's challenge, a 400 and a 404: each answer carries the whole list. */
    private void everyAnswerCarriesEverySecurityHeader() {
        Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        for (String path :
                List.of("/", "/shop/login.xhtml", "/health/ready", "/api/devices", "/no-such-page.xhtml", "/metrics")) {
            answers.put("GET " + path, get(path));
        }
        answers.put(
                "POST /sns/notifications",
                send(HttpRequest.newBuilder(uri("/sns/notifications"))
                        .POST(HttpRequest.BodyPublishers.ofString("not an SNS message"))));
        assertEquals(401, answers.get("GET /api/devices").statusCode());
        assertEquals(404, answers.get("GET /no-such-page.xhtml").statusCode());
        assertEquals(
                400,
                answers.get("POST /sns/notifications").statusCode(),
                answers.get("POST /sns/notifications").body());
        answers.forEach((request, answer) -> {
            for (String header : SECURITY_HEADERS) {
                assertTrue(
                        answer.headers().firstValue(header).isPresent(),
                        request + " lacks " + header + ": " + answer.headers().map());
            }
            assertTrue(
                    answer.headers()
                            .firstValue("Strict-Transport-Security")
                            .orElseThrow()
                            .contains("max-age=31536000"),
                    request);
            assertTrue(
                    answer.headers()
                            .firstValue("Content-Security-Policy")
                            .orElseThrow()
                            .contains("frame-ancestors 'none'"),
                    request);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElseThrow(), request);
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElseThrow(),
                    request);
        });
        assertNoInternals(answers.get("GET /no-such-page.xhtml").body());
        assertNoInternals(answers.get("POST /sns/notifications").body());
    }

    /** An error page names no exception, class or stack frame. */
    static void assertNoInternals(String body) {
        for (String internal :
                List.of("Exception", "at jp.", "at java.", "com.ibm.", "SQL", "OpenLiberty", "jakarta.servlet")) {
            assertTrue(!body.contains(internal), "the error page names " + internal + ":\n" + body);
        }
    }

    /** WLP_LOGGING_CONSOLE_FORMAT=JSON, as the README says: every console line Liberty writes is a JSON object. */
    private void consoleLogsAreJson() throws IOException {
        Path console = unpacked.resolve("output/kakehashi-server/logs/console.log");
        List<String> lines = Files.readAllLines(console).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertTrue(
                lines.stream().anyMatch(line -> line.startsWith("{") && line.contains("\"CWWKF0011I\"")),
                "the server's ready message as JSON on the console: " + lines);
        List<String> plain = lines.stream()
                .filter(line -> line.startsWith("[AUDIT")
                        || line.startsWith("[ERROR")
                        || line.startsWith("[WARNING")
                        || line.startsWith("[INFO"))
                .toList();
        assertEquals(List.of(), plain, "no plain-text message on the console");
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.answer(
                        trustingClient(),
                        request.timeout(Duration.ofSeconds(20)).build())
                .orElseThrow(() -> new AssertionError("no answer from the package"));
    }

    private URI uri(String path) {
        return URI.create("https://localhost:" + httpsPort + path);
    }

    private static String privateKeyPem() throws GeneralSecurityException {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** An AES-256 key, as drs.token-keys takes it. */
    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stopAndClean() throws Exception {
        if (collector != null) {
            collector.stop(0);
        }
        if (serverScript != null && Files.isRegularFile(serverScript)) {
            run(Map.of("WLP_OUTPUT_DIR", unpacked.resolve("output").toString()), "stop", "kakehashi-server");
        }
        if (LocalPostgres.answers()) {
            try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
        if (unpacked != null) {
            try (Stream<Path> files = Files.walk(unpacked)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private Optional<HttpResponse<String>> readiness() {
        return readiness(uri("/health/ready"));
    }

    private static Optional<HttpResponse<String>> readiness(URI uri) {
        return Http.answer(
                trustingClient(),
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build());
    }

    /** The test's own certificate, made for the run: trusted for this check only. */
    private static HttpClient trustingClient() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    null);
            return HttpClient.newBuilder()
                    .sslContext(context)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private void run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        Stream.concat(Stream.of(serverScript.toString()), Stream.of(arguments))
                                .toList())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // The test servers' JIT and collector, through the launch script's JVM_ARGS: the package itself has none
        builder.environment().put("JVM_ARGS", String.join(" ", TestJvmOptions.options()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        if (arguments[0].equals("start")) {
            assertEquals(0, exit, "server start: " + output);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("entry outside the package: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // Zip entries carry no permissions: the launch scripts are made runnable as an operator's unzip would
        try (Stream<Path> scripts = Files.list(target.resolve("wlp/bin"))) {
            scripts.forEach(script -> script.toFile().setExecutable(true));
        }
        Path tools = target.resolve("wlp/bin/tools");
        if (Files.isDirectory(tools)) {
            try (Stream<Path> files = Files.walk(tools)) {
                files.forEach(file -> file.toFile().setExecutable(true));
            }
        }
    }
}
