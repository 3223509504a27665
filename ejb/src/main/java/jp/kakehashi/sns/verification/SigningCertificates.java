package jp.kakehashi.sns.verification;

import java.security.cert.X509Certificate;

/** Where SNS signing certificates come from, by their {@code SigningCertURL}. */
@FunctionalInterface
public interface SigningCertificates {

    /**
     * The certificate at that URL.
     *
     * @throws SnsVerificationException with {@code CERTIFICATE_UNAVAILABLE} when it cannot be had
     */
    X509Certificate certificate(String signingCertUrl);
}
