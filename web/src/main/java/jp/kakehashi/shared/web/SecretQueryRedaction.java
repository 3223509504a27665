package jp.kakehashi.shared.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import jp.kakehashi.shared.tracing.SecretsInUrls;

/**
 * Liberty's MicroProfile Telemetry starts each request's server span in a filter of its own, after the application's
 * declared filters, and keeps {@code getQueryString()} in the span's {@code url.query}: Amazon's return brings a
 * one-time buyerToken there, the DRS return a code and state, a mailed link its token. Declared first (web.xml), this
 * hands the rest of the chain a request whose query string has those values redacted
 * ({@link SecretsInUrls#redactQuery}). The parameters themselves ({@code getParameter}, what Faces and JAX-RS forms
 * read) are untouched; nothing in Kakehashi reads a secret from the raw query string.
 */
public class SecretQueryRedaction implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getQueryString() != null) {
            chain.doFilter(new Redacted(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class Redacted extends HttpServletRequestWrapper {

        private final String query;

        Redacted(HttpServletRequest request) {
            super(request);
            this.query = SecretsInUrls.redactQuery(request.getQueryString());
        }

        @Override
        public String getQueryString() {
            return query;
        }
    }
}
