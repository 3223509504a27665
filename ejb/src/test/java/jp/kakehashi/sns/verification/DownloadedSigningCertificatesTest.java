package jp.kakehashi.sns.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kakehashi.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Downloads against a local HTTP server: one request per certificate, failures remembered for a while; and against
 * forged traffic: bounded memory and a cap on downloads in flight.
 */
class DownloadedSigningCertificatesTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private byte[] certificate;

    @BeforeEach
    void startServer() throws IOException {
        Path pem = AwsSnsFixtures.folder().resolve("SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem");
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

    /** Forged messages naming endless distinct certificate URLs: what is remembered stays bounded. */
    @Test
    void aHundredThousandForgedCertificateUrlsLeaveTheMemoryBounded() {
        AtomicInteger downloads = new AtomicInteger();
        DownloadedSigningCertificates certificates = new DownloadedSigningCertificates(
                url -> {
                    downloads.incrementAndGet();
                    throw new SnsVerificationException(
                            SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE, "HTTP 404 from " + url);
                },
                Clock.systemUTC());

        for (int forged = 0; forged < 100_000; forged++) {
            String url = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-"
                    + String.format("%032x", forged) + ".pem";
            assertThrows(SnsVerificationException.class, () -> certificates.certificate(url));
        }

        assertEquals(100_000, downloads.get());
        assertTrue(
                certificates.remembered() <= DownloadedSigningCertificates.MAX_FAILURES_REMEMBERED,
                "remembered " + certificates.remembered());
    }

    /** Slow downloads hold no more than a few request threads: the rest are refused at once, to be retried by SNS. */
    @Test
    void atMostAFewDownloadsRunAtOnce() throws Exception {
        int callers = 20;
        CountDownLatch entered = new CountDownLatch(DownloadedSigningCertificates.MAX_CONCURRENT_DOWNLOADS);
        CountDownLatch refused = new CountDownLatch(callers - DownloadedSigningCertificates.MAX_CONCURRENT_DOWNLOADS);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        DownloadedSigningCertificates certificates = new DownloadedSigningCertificates(
                url -> {
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    entered.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inFlight.decrementAndGet();
                    throw new SnsVerificationException(
                            SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE, "slow, then 404");
                },
                Clock.systemUTC());
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            for (int caller = 0; caller < callers; caller++) {
                String url = url("slow-" + caller + ".pem");
                threads.execute(() -> {
                    try {
                        certificates.certificate(url);
                    } catch (SnsVerificationException e) {
                        if (e.getMessage().contains("too many")) {
                            refused.countDown();
                        }
                    }
                });
            }

            assertTrue(entered.await(10, TimeUnit.SECONDS), "the first downloads started");
            assertTrue(refused.await(10, TimeUnit.SECONDS), "the others were refused without waiting");
            assertEquals(DownloadedSigningCertificates.MAX_CONCURRENT_DOWNLOADS, mostInFlight.get());
        } finally {
            release.countDown();
            threads.shutdown();
            assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
