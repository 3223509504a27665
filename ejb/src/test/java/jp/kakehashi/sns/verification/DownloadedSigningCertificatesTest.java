package jp.kakehashi.sns.verification;

import com.sun.net.httpserver.HttpServer;
import jp.kakehashi.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Downloads against a local HTTP server: one request per certificate, failures remembered for a while. */
class DownloadedSigningCertificatesTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private byte[] certificate;

    @BeforeEach
    void startServer() throws IOException {
        Path pem = Path.of(System.getProperty("kakehashi.shared.dir", "../shared"), "fixtures", "sns",
                "SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem");
        assumeTrue(Files.isRegularFile(pem), "no SNS fixtures");
        certificate = Files.readAllBytes(pem);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            boolean found = exchange.getRequestURI().getPath().endsWith("/good.pem");
            byte[] body = found ? certificate : "no".getBytes();
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    @Test
    void aCertificateIsDownloadedOnceAndKept() {
        DownloadedSigningCertificates certificates = new DownloadedSigningCertificates(Duration.ofSeconds(5));

        var first = certificates.certificate(url("good.pem"));
        var second = certificates.certificate(url("good.pem"));

        assertSame(first, second);
        assertEquals(1, requests.get());
    }

    @Test
    void aFailedDownloadIsRememberedForAWhileThenTriedAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        DownloadedSigningCertificates certificates = new DownloadedSigningCertificates(Duration.ofSeconds(5), clock);

        assertThrows(SnsVerificationException.class, () -> certificates.certificate(url("missing.pem")));
        assertThrows(SnsVerificationException.class, () -> certificates.certificate(url("missing.pem")));
        assertEquals(1, requests.get());

        clock.advance(DownloadedSigningCertificates.FAILURE_MEMORY.plusSeconds(1));
        assertThrows(SnsVerificationException.class, () -> certificates.certificate(url("missing.pem")));
        assertEquals(2, requests.get());
    }
}
