package jp.kakehashi.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Certificates;
import jp.kakehashi.testsupport.FreePorts;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.LocalPostgres;
import jp.kakehashi.testsupport.TestJvmOptions;

/**
 * The deployable server package ({@code ./mvnw package} leaves it at {@code ear/target/kakehashi-server.zip}), used as
 * the README's Deployment section says: unzipped into a temporary folder of its own, with a PostgreSQL database and a
 * TLS key made for it, started by its own launch script with settings from the environment only. Nothing of the build's
 * own server folder is used. {@link #close} stops it and removes its folder and database.
 */
final class UnzippedServerPackage implements AutoCloseable {

    static final List<String> SECURITY_HEADERS = List.of(
            "Strict-Transport-Security",
            "Content-Security-Policy",
            "X-Frame-Options",
            "X-Content-Type-Options",
            "Referrer-Policy");

    /** PostgreSQL's port: 5432, or -Dkakehashi.postgres.port for another instance (one that allows prepared transactions) */
    private static final String POSTGRES_PORT = System.getProperty("kakehashi.postgres.port", "5432");

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/";

    /** Free ports of the run's own: another build's package may be running beside this one */
    private final int httpsPort = FreePorts.ephemeral();

    private final int httpPort = FreePorts.ephemeral();
    private final String database =
            "kakehashi_package_" + UUID.randomUUID().toString().replace("-", "");
    private final String keystorePassword = "package-it-" + UUID.randomUUID();
    private final Path unpacked;
    private final Path serverScript;
    private final Path keystore;
    private final HttpClient client = trustingClient();
    private boolean started;

    UnzippedServerPackage() throws Exception {
        // Production's database: fails, never skips, without it (.ci/run starts one)
        assertTrue(LocalPostgres.answers(), "PostgreSQL does not answer at " + POSTGRES);
        Path zip = Path.of(System.getProperty("kakehashi.server-package", "target/kakehashi-server.zip"));
        assertTrue(Files.isRegularFile(zip), "the server package was built: " + zip.toAbsolutePath());
        unpacked = Files.createTempDirectory("kakehashi-package-");
        try {
            unzip(zip, unpacked);
            Path serverEnv = unpacked.resolve("wlp/usr/servers/kakehashi-server/server.env");
            assertTrue(
                    !Files.exists(serverEnv) || !Files.readString(serverEnv).contains("SNS_TOPIC_ARNS"),
                    "no setting of the build's test server in the package");
            serverScript = unpacked.resolve("wlp/bin/server");
            assertTrue(Files.isRegularFile(serverScript), "the package holds the Liberty runtime");
            keystore = unpacked.resolve("key.p12");
            Certificates.selfSigned(keystore, keystorePassword);
            try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (Exception | AssertionError e) {
            // No test holds this object yet, so nothing else would remove the unzipped server
            deleteUnpacked();
            throw e;
        }
    }

    /**
     * Every setting production needs, as environment variables, as a container or a systemd unit sets them (README,
     * Deployment); the values are made for the run. The plain HTTP port is given too, so that its absence is seen.
     */
    Map<String, String> completeSettings() throws GeneralSecurityException {
        Map<String, String> environment = new HashMap<>(Map.ofEntries(
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
                Map.entry("SNS_TOPIC_ARNS", "arn:aws:sns:us-west-2:123456789012:kakehashi-drs")));
        environment.put("WLP_OUTPUT_DIR", unpacked.resolve("output").toString());
        return environment;
    }

    int httpPort() {
        return httpPort;
    }

    void start(Map<String, String> environment) throws IOException, InterruptedException {
        started = true;
        Outcome start = run(environment, "start");
        assertEquals(0, start.exit(), "server start: " + start.output());
    }

    void stop() throws IOException, InterruptedException {
        if (started) {
            run(Map.of("WLP_OUTPUT_DIR", unpacked.resolve("output").toString()), "stop");
            started = false;
        }
    }

    /** The readiness answer once the server has checked its configuration (not yet started answers nothing). */
    HttpResponse<String> awaitReadinessChecked() {
        return Await.present(
                () -> readiness().filter(answer -> answer.body().contains("\"configuration\"")),
                Duration.ofMinutes(3),
                Duration.ofMillis(500));
    }

    Optional<HttpResponse<String>> readiness() {
        return Http.answer(
                client,
                HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(5))
                        .build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.answer(client, request.timeout(Duration.ofSeconds(20)).build())
                .orElseThrow(() -> new AssertionError("no answer from the package"));
    }

    URI uri(String path) {
        return URI.create("https://localhost:" + httpsPort + path);
    }

    String messagesLog() throws IOException {
        return Files.readString(unpacked.resolve("output/kakehashi-server/logs/messages.log"));
    }

    Path consoleLog() {
        return unpacked.resolve("output/kakehashi-server/logs/console.log");
    }

    static long linesNaming(String log, String text) {
        return log.lines().filter(line -> line.contains(text)).count();
    }

    /** An error page names no exception, class or stack frame. */
    static void assertNoInternals(String body) {
        for (String internal :
                List.of("Exception", "at jp.", "at java.", "com.ibm.", "SQL", "OpenLiberty", "jakarta.servlet")) {
            assertTrue(!body.contains(internal), "the error page names " + internal + ":\n" + body);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            try {
                dropDatabase();
            } finally {
                deleteUnpacked();
            }
        }
    }

    private void deleteUnpacked() throws IOException {
        try (Stream<Path> files = Files.walk(unpacked)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    private void dropDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private record Outcome(int exit, String output) {}

    private Outcome run(Map<String, String> environment, String action) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(serverScript.toString(), action, "kakehashi-server").redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // The test servers' JIT and collector, through the launch script's JVM_ARGS: the package itself has none
        builder.environment().put("JVM_ARGS", String.join(" ", TestJvmOptions.options()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Outcome(process.waitFor(), output);
    }

    /**
     * The test's own certificate, made for the run: trusted for this check only. HTTP/1.1: over TLS the client would
     * speak HTTP/2 and keep its connection open, and the server's stop would wait the whole 30-second quiesce for it
     * (CWWKE1102W), as it would for any browser still connected.
     */
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
                    .version(HttpClient.Version.HTTP_1_1)
                    .sslContext(context)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
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

    private static void unzip(Path zip, Path target) throws IOException {
        // Buffered: ZipInputStream alone reads the 390 MB package 512 bytes at a time (a third more time, in system
        // calls)
        try (ZipInputStream entries = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip), 1 << 16))) {
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
