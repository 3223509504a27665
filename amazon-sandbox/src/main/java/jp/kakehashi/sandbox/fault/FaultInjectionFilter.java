package jp.kakehashi.sandbox.fault;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/** Applies injected faults to the Amazon endpoints before they answer. */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class FaultInjectionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private FaultInjector faults;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<SandboxEndpoint> endpoint = SandboxEndpoint.of(request.getMethod(), path);
        if (endpoint.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        faults.started(endpoint.get());
        try {
            answer(request, response, chain, endpoint.get());
        } finally {
            faults.ended(endpoint.get());
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, SandboxEndpoint endpoint)
            throws IOException, ServletException {
        Optional<Fault> fault = faults.next(endpoint);
        if (fault.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Fault injected = fault.get();
        if (injected.latencyMillis() > 0) {
            sleep(injected.latencyMillis());
        }
        if (injected.dropConnection()) {
            drop(response);
        } else if (injected.status() != 0) {
            byte[] body = endpoint.errorStyle().body(injected.status()).getBytes(StandardCharsets.UTF_8);
            response.setStatus(injected.status());
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("x-amz-pay-request-id", UUID.randomUUID().toString());
            if (injected.status() == 429 || injected.status() == 503) {
                response.setHeader("Retry-After", "1");
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Promises a body and sends only part of it: the container then closes the connection, and the client sees the
     * stream end early, as when a connection is cut in transit.
     */
    private static void drop(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(4096);
        response.setHeader("Connection", "close");
        response.getOutputStream().write("{\"partial\":".getBytes(StandardCharsets.US_ASCII));
        response.flushBuffer();
        throw new IOException("Connection dropped by the sandbox's fault injection");
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
