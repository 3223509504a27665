package jp.kakehashi.sns.verification;

import static jp.kakehashi.sns.verification.SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Certificates from a folder, each named as the last path segment of its {@code SigningCertURL}: for servers without
 * egress, or that must trust only certificates an operator has placed. Nothing is ever downloaded.
 */
public final class PinnedSigningCertificates implements SigningCertificates {

    private final Path directory;
    private final Map<String, X509Certificate> cache = new ConcurrentHashMap<>();

    public PinnedSigningCertificates(Path directory) {
        this.directory = directory;
    }

    @Override
    public X509Certificate certificate(String signingCertUrl) {
        String name = Certificates.fileName(signingCertUrl);
        if (name.isEmpty() || name.startsWith(".") || name.contains("\\")) {
            throw new SnsVerificationException(CERTIFICATE_UNAVAILABLE, "no file name in " + signingCertUrl);
        }
        return cache.computeIfAbsent(name, this::load);
    }

    private X509Certificate load(String name) {
        Path file = directory.resolve(name).normalize();
        if (!file.startsWith(directory.normalize()) || !Files.isRegularFile(file)) {
            throw new SnsVerificationException(CERTIFICATE_UNAVAILABLE, "no pinned certificate " + name);
        }
        try {
            return Certificates.read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new SnsVerificationException(CERTIFICATE_UNAVAILABLE, "cannot read " + file, e);
        }
    }
}
