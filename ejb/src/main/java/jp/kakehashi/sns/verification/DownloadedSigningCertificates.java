package jp.kakehashi.sns.verification;

import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE;

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
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Certificates fetched from their {@code SigningCertURL} once and kept. Only URLs that passed the configured pattern
 * reach this class, but a forger can still name endless distinct URLs on AWS's hosts, so everything here is bounded:
 * <ul>
 * <li>concurrent requests for one URL share a single download, and at most {@value #MAX_CONCURRENT_DOWNLOADS}
 * downloads run at once; a message that would need another is answered "unavailable" (503: SNS delivers a genuine one
 * again later) instead of holding a request thread for the download's timeout;</li>
 * <li>at most {@value #MAX_CACHED} certificates are kept (AWS signs with a handful);</li>
 * <li>a failed download is remembered for {@link #FAILURE_MEMORY}, so that a burst of messages naming it costs one
 * outbound request, for at most {@value #MAX_FAILURES_REMEMBERED} URLs; expired ones are dropped first, and when all
 * are fresh the oldest half goes. Not longer: every message answered 503 meanwhile costs one of SNS's few retries.</li>
 * </ul>
 */
public final class DownloadedSigningCertificates implements SigningCertificates {

    private static final int MAX_CERTIFICATE_BYTES = 64 * 1024;
    static final int MAX_CACHED = 64;
    static final int MAX_CONCURRENT_DOWNLOADS = 4;
    static final int MAX_FAILURES_REMEMBERED = 1024;
    static final Duration FAILURE_MEMORY = Duration.ofSeconds(10);

    private final Function<String, X509Certificate> downloader;
    private final Clock clock;
    private final Map<String, CompletableFuture<X509Certificate>> downloads = new ConcurrentHashMap<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Semaphore downloadSlots = new Semaphore(MAX_CONCURRENT_DOWNLOADS);

    private record Failure(SnsVerificationException exception, Instant until) {}

    public DownloadedSigningCertificates(Duration timeout) {
        this(new HttpDownload(timeout), Clock.systemUTC());
    }

    DownloadedSigningCertificates(Duration timeout, Clock clock) {
        this(new HttpDownload(timeout), clock);
    }

    /** With the download itself given: a test's stand-in for AWS. */
    DownloadedSigningCertificates(Function<String, X509Certificate> downloader, Clock clock) {
        this.downloader = downloader;
        this.clock = clock;
    }

    @Override
    public X509Certificate certificate(String signingCertUrl) {
        Failure failure = failures.get(signingCertUrl);
        if (failure != null && clock.instant().isBefore(failure.until())) {
            throw failure.exception();
        }
        CompletableFuture<X509Certificate> known = downloads.get(signingCertUrl);
        if (known != null) {
            return await(signingCertUrl, known);
        }
        if (!downloadSlots.tryAcquire()) {
            throw new SnsVerificationException(CERTIFICATE_UNAVAILABLE, "too many certificate downloads at once");
        }
        try {
            CompletableFuture<X509Certificate> mine = new CompletableFuture<>();
            CompletableFuture<X509Certificate> shared = downloads.putIfAbsent(signingCertUrl, mine);
            if (shared != null) {
                return await(signingCertUrl, shared);
            }
            try {
                mine.complete(downloader.apply(signingCertUrl));
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
            }
            return await(signingCertUrl, mine);
        } finally {
            downloadSlots.release();
        }
    }

    private X509Certificate await(String signingCertUrl, CompletableFuture<X509Certificate> download) {
        try {
            X509Certificate certificate = download.join();
            if (downloads.size() > MAX_CACHED) {
                // Past what AWS ever uses: keep this one, forget the rest; they are downloaded again when named
                downloads.keySet().removeIf(url -> !url.equals(signingCertUrl));
            }
            return certificate;
        } catch (CompletionException e) {
            downloads.remove(signingCertUrl, download);
            SnsVerificationException cause = e.getCause() instanceof SnsVerificationException verification
                    ? verification
                    : new SnsVerificationException(
                            CERTIFICATE_UNAVAILABLE, "cannot download " + signingCertUrl, e.getCause());
            remember(signingCertUrl, cause);
            throw cause;
        }
    }

    private void remember(String signingCertUrl, SnsVerificationException failure) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_FAILURES_REMEMBERED) {
            failures.values().removeIf(remembered -> !now.isBefore(remembered.until()));
        }
        if (failures.size() >= MAX_FAILURES_REMEMBERED) {
            Instant median = failures.values().stream()
                    .map(Failure::until)
                    .sorted()
                    .skip(failures.size() / 2)
                    .findFirst()
                    .orElse(now);
            failures.values().removeIf(remembered -> remembered.until().isBefore(median));
        }
        failures.put(signingCertUrl, new Failure(failure, now.plus(FAILURE_MEMORY)));
    }

    /** How many certificates and failures are remembered: what a flood of forgeries could grow. */
    int remembered() {
        return downloads.size() + failures.size();
    }

    /** The download over HTTP: https only in practice (the URL pattern), no redirects, a size limit. */
    private static final class HttpDownload implements Function<String, X509Certificate> {

        private final HttpClient client;
        private final Duration timeout;

        HttpDownload(Duration timeout) {
            this.timeout = timeout;
            this.client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        @Override
        public X509Certificate apply(String signingCertUrl) {
            try {
                HttpResponse<InputStream> response = client.send(
                        HttpRequest.newBuilder(URI.create(signingCertUrl))
                                .timeout(timeout)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    if (response.statusCode() != 200) {
                        throw new SnsVerificationException(
                                CERTIFICATE_UNAVAILABLE, "HTTP " + response.statusCode() + " from " + signingCertUrl);
                    }
                    byte[] bytes = body.readNBytes(MAX_CERTIFICATE_BYTES + 1);
                    if (bytes.length > MAX_CERTIFICATE_BYTES) {
                        throw new SnsVerificationException(
                                CERTIFICATE_UNAVAILABLE, "certificate too large at " + signingCertUrl);
                    }
                    return Certificates.read(bytes, signingCertUrl);
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new SnsVerificationException(CERTIFICATE_UNAVAILABLE, "cannot download " + signingCertUrl, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SnsVerificationException(
                        CERTIFICATE_UNAVAILABLE, "interrupted downloading " + signingCertUrl, e);
            }
        }
    }
}
