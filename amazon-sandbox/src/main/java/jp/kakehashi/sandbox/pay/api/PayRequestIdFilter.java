package jp.kakehashi.sandbox.pay.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * Every Amazon Pay API answer carries {@code x-amz-pay-request-id} (the official Java SDK throws without it):
 * set before anything else answers, so 404s and container errors have it too. An injected fault sets its own.
 */
@WebFilter(urlPatterns = "/api/pay/*", asyncSupported = true)
public class PayRequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String HEADER = "x-amz-pay-request-id";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, UUID.randomUUID().toString());
        }
        chain.doFilter(request, response);
    }
}
