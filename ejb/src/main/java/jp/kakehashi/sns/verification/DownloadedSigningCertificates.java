package jp.kakehashi.sns.verification;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE;

/**
 * Certificates fetched from their {@code SigningCertURL} once and kept. Only URLs that passed the configured pattern
 * reach this class. Concurrent requests for one URL share a single download, and a failed download is remembered
 * for a few seconds, so that a burst of messages (or of forgeries) costs one outbound request, not one each; not
 * longer, because every message answered 503 meanwhile costs one of SNS's few retries.
 */
public final class DownloadedSigningCertificates implements SigningCertificates {

    private static final int MAX_CERTIFICATE_BYTES = 64 * 1024;
    private static final int MAX_CACHED = 256;
    static final Duration FAILURE_MEMORY = Duration.ofSeconds(10);

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;
    private final Map<String, CompletableFuture<X509Certificate>> downloads = new ConcurrentHashMap<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    private record Failure(SnsVerificationException exception, Instant until) {
    }

    public DownloadedSigningCertificates(Duration timeout) {
        this(timeout, Clock.systemUTC());
    }

    DownloadedSigningCertificates(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public X509Certificate certificate(String signingCertUrl) {
        Failure failure = failures.get(signingCertUrl);
        if (failure != null && clock.instant().isBefore(failure.until())) {
            throw failure.exception();
        }
        if (downloads.size() >= MAX_CACHED) {
            downloads.values().removeIf(CompletableFuture::isCompletedExceptionally);
        }
        CompletableFuture<X509Certificate> download = downloads.computeIfAbsent(signingCertUrl,
                url -> CompletableFuture.supplyAsync(() -> download(url), Runnable::run));
        try {
            return download.join();
        } catch (CompletionException e) {
            downloads.remove(signingCertUrl, download);
            SnsVerificationException cause = e.getCause() instanceof SnsVerificationException verification ? verification
                    : new SnsVerificationException(CERTIFICATE_UNAVAILABLE, "cannot download " + signingCertUrl, e.getCause());
            failures.put(signingCertUrl, new Failure(cause, clock.instant().plus(FAILURE_MEMORY)));
            throw cause;
        }
    }

    private X509Certificate download(String signingCertUrl) {
        try {
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(URI.create(signingCertUrl)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new SnsVerificationException(CERTIFICATE_UNAVAILABLE,
                            "HTTP " + response.statusCode() + " from " + signingCertUrl);
                }
                byte[] bytes = body.readNBytes(MAX_CERTIFICATE_BYTES + 1);
                if (bytes.length > MAX_CERTIFICATE_BYTES) {
                    throw new SnsVerificationException(CERTIFICATE_UNAVAILABLE, "certificate too large at " + signingCertUrl);
                }
                return Certificates.read(bytes, signingCertUrl);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SnsVerificationException(CERTIFICATE_UNAVAILABLE, "cannot download " + signingCertUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SnsVerificationException(CERTIFICATE_UNAVAILABLE, "interrupted downloading " + signingCertUrl, e);
        }
    }
}
