package jp.kakehashi.deployment;

import static jp.kakehashi.deployment.UnzippedServerPackage.SECURITY_HEADERS;
import static jp.kakehashi.deployment.UnzippedServerPackage.assertNoInternals;
import static jp.kakehashi.deployment.UnzippedServerPackage.linesNaming;
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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.LocalPostgres;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployable server package, unzipped anywhere and started with only a JDK and settings from the environment
 * ({@link UnzippedServerPackage}), the production profile against PostgreSQL, with every setting: it is ready over
 * HTTPS and keeps production's promises on its running answers: every security header on pages, the API, health and
 * error answers; no HTTP port, no sandbox, no OpenAPI; /metrics behind credentials; Secure session cookies; JSON console
 * logs; traces where the environment sends them; error pages that name nothing internal.
 * {@link ServerPackageWithWrongSettingsIT} starts it with settings missing or wrong. Its server is its own (the test
 * server is never touched), so it runs in the side lane, beside the other ITs.
 */
@OnServersOfItsOwn
class ServerPackageIT {

    /** A stand-in for the operator's trace collector: Zipkin's span intake, what it received. */
    private HttpServer collector;

    private final List<String> exported = new CopyOnWriteArrayList<>();
    private UnzippedServerPackage serverPackage;

    @BeforeEach
    void unzipThePackage() throws Exception {
        serverPackage = new UnzippedServerPackage();
    }

    @Test
    void theUnzippedPackageStartsWithTheProductionProfileAndIsReady() throws Exception {
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
        Map<String, String> environment = serverPackage.completeSettings();
        // Tracing as the README's environment variables ask for it
        environment.putAll(Map.of(
                "OTEL_SDK_DISABLED", "false",
                "OTEL_SERVICE_NAME", "kakehashi",
                "OTEL_TRACES_EXPORTER", "zipkin",
                "OTEL_EXPORTER_ZIPKIN_ENDPOINT",
                        "http://127.0.0.1:" + collector.getAddress().getPort() + "/api/v2/spans",
                "OTEL_METRICS_EXPORTER", "none",
                "OTEL_LOGS_EXPORTER", "none",
                "OTEL_BSP_SCHEDULE_DELAY", "200"));
        boolean preparedTransactionsAllowed = LocalPostgres.preparedTransactionsAllowed();

        serverPackage.start(environment);
        HttpResponse<String> ready = serverPackage.awaitReadinessChecked();
        if (preparedTransactionsAllowed) {
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
            assertTrue(ready.body().contains("PostgreSQL"), "ready on PostgreSQL: " + ready.body());
            assertTrue(!ready.body().contains("configuration incomplete"), ready.body());
        } else {
            // A PostgreSQL whose max_prepared_transactions is 0 (.ci/run raises it): rightly never ready, and said why
            assertEquals(503, ready.statusCode(), ready.body());
            assertEquals(1, linesNaming(serverPackage.messagesLog(), "max_prepared_transactions"), "the log says why");
        }

        // Traced as the environment asked: the readiness request's server span reaches the collector
        serverPackage.readiness();
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
                                        .version(HttpClient.Version.HTTP_1_1)
                                        .connectTimeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpRequest.newBuilder(URI.create("http://localhost:" + serverPackage.httpPort() + "/"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build())
                        .isEmpty(),
                "no HTTP port: the plain port given in the environment (" + serverPackage.httpPort()
                        + ") is not opened");
        for (String developersOnly :
                List.of("/amazon-sandbox/", "/amazon-sandbox/api/sandbox/faults", "/openapi", "/openapi/ui/")) {
            assertEquals(
                    404,
                    serverPackage.get(developersOnly).statusCode(),
                    developersOnly + ": neither the sandbox nor OpenAPI in production");
        }
        HttpResponse<String> metrics = serverPackage.get("/metrics");
        assertEquals(401, metrics.statusCode(), "/metrics needs an administrator's credentials");
        HttpResponse<String> login = serverPackage.get("/shop/login.xhtml");
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

    /** A page, the login page, health, the API's challenge, a 400 and a 404: each answer carries the whole list. */
    private void everyAnswerCarriesEverySecurityHeader() {
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        for (String path :
                List.of("/", "/shop/login.xhtml", "/health/ready", "/api/devices", "/no-such-page.xhtml", "/metrics")) {
            answers.put("GET " + path, serverPackage.get(path));
        }
        answers.put(
                "POST /sns/notifications",
                serverPackage.send(HttpRequest.newBuilder(serverPackage.uri("/sns/notifications"))
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

    /** WLP_LOGGING_CONSOLE_FORMAT=JSON, as the README says: every console line Liberty writes is a JSON object. */
    private void consoleLogsAreJson() throws IOException {
        List<String> lines = Files.readAllLines(serverPackage.consoleLog()).stream()
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

    @AfterEach
    void stopTheCollectorAndRemoveThePackage() throws Exception {
        try {
            if (collector != null) {
                collector.stop(0);
            }
        } finally {
            if (serverPackage != null) {
                serverPackage.close();
            }
        }
    }
}
