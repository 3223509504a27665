package jp.kakehashi.sns.verification;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE;

/**
 * Certificates fetched from their {@code SigningCertURL} once and kept. Only URLs that passed the configured pattern
 * reach this class; a failed download is not cached, so the next message tries again.
 */
public final class DownloadedSigningCertificates implements SigningCertificates {

    private static final int MAX_CERTIFICATE_BYTES = 64 * 1024;
    private static final int MAX_CACHED = 256;

    private final HttpClient client;
    private final Duration timeout;
    private final Map<String, X509Certificate> cache = new ConcurrentHashMap<>();

    public DownloadedSigningCertificates(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public X509Certificate certificate(String signingCertUrl) {
        X509Certificate cached = cache.get(signingCertUrl);
        if (cached != null) {
            return cached;
        }
        X509Certificate downloaded = download(signingCertUrl);
        if (cache.size() < MAX_CACHED) {
            cache.putIfAbsent(signingCertUrl, downloaded);
        }
        return downloaded;
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
