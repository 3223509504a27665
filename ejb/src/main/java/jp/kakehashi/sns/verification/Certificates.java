package jp.kakehashi.sns.verification;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/** Reads one X.509 certificate, PEM or DER. */
final class Certificates {

    private Certificates() {}

    static X509Certificate read(byte[] encoded, String source) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(encoded));
        } catch (CertificateException | ClassCastException e) {
            throw new SnsVerificationException(
                    SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE, "not an X.509 certificate: " + source, e);
        }
    }

    /** The file name a certificate URL stands for: its last path segment, without any query. */
    static String fileName(String signingCertUrl) {
        String path = signingCertUrl;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
