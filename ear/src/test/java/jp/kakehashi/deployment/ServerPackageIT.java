package jp.kakehashi.deployment;

import com.sun.net.httpserver.HttpServer;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Certificates;
import jp.kakehashi.testsupport.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
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
import java.sql.SQLException;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployable server package ({@code ./mvnw package} leaves it at {@code ear/target/kakehashi-server.zip}), used
 * as the README's Deployment section says: unzipped anywhere, started with only a JDK and settings from the
 * environment, the production profile against PostgreSQL. Its readiness endpoint answers UP over HTTPS. Nothing of the
 * build's own server folder is used.
 */
class ServerPackageIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final int HTTPS_PORT = 9643;

    private final String database = "kakehashi_package_" + System.currentTimeMillis();
    private final String keystorePassword = "package-it-" + UUID.randomUUID();
    private Path unpacked;
    private Path serverScript;
    /** A stand-in for the operator's trace collector: Zipkin's span intake, what it received. */
    private HttpServer collector;
    private final List<String> exported = new CopyOnWriteArrayList<>();

    @Test
    void theUnzippedPackageStartsWithTheProductionProfileAndIsReady() throws Exception {
        Assumptions.assumeTrue(postgresAnswers(), "PostgreSQL at 127.0.0.1:5432");
        Path zip = Path.of(System.getProperty("kakehashi.server-package", "target/kakehashi-server.zip"));
        assertTrue(Files.isRegularFile(zip), "the server package was built: " + zip.toAbsolutePath());
        try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        unpacked = Files.createTempDirectory("kakehashi-package-");
        unzip(zip, unpacked);
        Path serverEnv = unpacked.resolve("wlp/usr/servers/kakehashi-server/server.env");
        assertTrue(!Files.exists(serverEnv) || !Files.readString(serverEnv).contains("SNS_TOPIC_ARNS"),
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

        // Only environment variables, as a container or a systemd unit sets them (README, Deployment), tracing among them
        Map<String, String> environment = Map.ofEntries(
                Map.entry("OTEL_SDK_DISABLED", "false"),
                Map.entry("OTEL_SERVICE_NAME", "kakehashi"),
                Map.entry("OTEL_TRACES_EXPORTER", "zipkin"),
                Map.entry("OTEL_EXPORTER_ZIPKIN_ENDPOINT", "http://127.0.0.1:" + collector.getAddress().getPort() + "/api/v2/spans"),
                Map.entry("OTEL_METRICS_EXPORTER", "none"),
                Map.entry("OTEL_LOGS_EXPORTER", "none"),
                Map.entry("OTEL_BSP_SCHEDULE_DELAY", "200"),
                Map.entry("DEFAULT_HTTPS_PORT", Integer.toString(HTTPS_PORT)),
                Map.entry("KAKEHASHI_DB_HOST", "127.0.0.1"),
                Map.entry("KAKEHASHI_DB_NAME", database),
                Map.entry("KAKEHASHI_DB_USER", "postgres"),
                Map.entry("KAKEHASHI_DB_PASSWORD", "trust-auth-ignores-it"),
                Map.entry("KAKEHASHI_KEYSTORE_FILE", keystore.toString()),
                Map.entry("KAKEHASHI_KEYSTORE_PASSWORD", keystorePassword),
                Map.entry("KAKEHASHI_PUBLIC_URL", "https://shop.example.jp"),
                Map.entry("KAKEHASHI_MAIL_HOST", "mail.example.jp"),
                Map.entry("KAKEHASHI_MAIL_FROM", "shop@example.jp"),
                Map.entry("KAKEHASHI_MAIL_USER", "shop"),
                Map.entry("KAKEHASHI_MAIL_PASSWORD", "not-used-by-this-test"),
                Map.entry("WLP_OUTPUT_DIR", unpacked.resolve("output").toString()));
        run(environment, "start", "kakehashi-server");

        HttpResponse<String> ready = Await.present(() -> readiness().filter(answer -> answer.statusCode() == 200),
                Duration.ofMinutes(3), Duration.ofSeconds(2));
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
        assertTrue(ready.body().contains("PostgreSQL"), "ready on PostgreSQL: " + ready.body());

        // Traced as the environment asked: the readiness request's server span reaches the collector
        readiness();
        List<String> batches = Await.until(() -> List.copyOf(exported), received -> received.stream()
                        .anyMatch(batch -> batch.contains("\"serviceName\":\"kakehashi\"") && batch.contains("/health/ready")),
                Duration.ofSeconds(30), Duration.ofMillis(200), received -> "spans of /health/ready among " + received);
        assertTrue(batches.stream().anyMatch(batch -> batch.contains("\"kind\":\"SERVER\"")), batches.toString());
    }

    @AfterEach
    void stopAndClean() throws Exception {
        if (collector != null) {
            collector.stop(0);
        }
        if (serverScript != null && Files.isRegularFile(serverScript)) {
            run(Map.of("WLP_OUTPUT_DIR", unpacked.resolve("output").toString()), "stop", "kakehashi-server");
        }
        if (postgresAnswers()) {
            try (Connection connection = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
        if (unpacked != null) {
            try (Stream<Path> files = Files.walk(unpacked)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private Optional<HttpResponse<String>> readiness() {
        return readiness(URI.create("https://localhost:" + HTTPS_PORT + "/health/ready"));
    }

    private static Optional<HttpResponse<String>> readiness(URI uri) {
        return Http.answer(trustingClient(), HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build());
    }

    /** The test's own certificate, made for the run: trusted for this check only. */
    private static HttpClient trustingClient() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(2)).build();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private void run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(serverScript.toString()), Stream.of(arguments)).toList())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
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

    private static boolean postgresAnswers() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES + "test", "postgres", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
