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

/**
 * Applies injected faults to the Amazon endpoints: before they see the request, or (afterProcessing) once they have
 * handled it, to the answer on its way back.
 */
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
            if (endpoint.get() == SandboxEndpoint.LWA_TOKEN) {
                // Faults and counts per grant type: a test's fault must not be spent by a refresh made meanwhile
                CachedBodyRequest form = new CachedBodyRequest(request);
                answer(form, response, chain, endpoint.get(), form.getParameter("grant_type"));
                return;
            }
            answer(request, response, chain, endpoint.get(), null);
        } finally {
            faults.ended(endpoint.get());
        }
    }

    private void answer(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            SandboxEndpoint endpoint,
            String grantType)
            throws IOException, ServletException {
        Optional<Fault> fault = faults.next(endpoint, grantType);
        if (fault.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Fault injected = fault.get();
        if (injected.afterProcessing()) {
            answerAfterProcessing(request, response, chain, endpoint, injected);
            return;
        }
        if (injected.latencyMillis() > 0) {
            sleep(injected.latencyMillis());
        }
        if (injected.dropConnection()) {
            drop(response);
        } else if (injected.status() != 0) {
            error(response, endpoint, injected.status());
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The endpoint handles the request into a buffer; then the answer is delayed, replaced or cut. */
    private static void answerAfterProcessing(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            SandboxEndpoint endpoint,
            Fault injected)
            throws IOException, ServletException {
        BufferedResponse handled = new BufferedResponse(response);
        chain.doFilter(request, handled);
        if (injected.latencyMillis() > 0) {
            sleep(injected.latencyMillis());
        }
        if (injected.dropConnection()) {
            drop(response);
        } else if (injected.status() != 0) {
            error(response, endpoint, injected.status());
        } else {
            handled.sendTo(response);
        }
    }

    private static void error(HttpServletResponse response, SandboxEndpoint endpoint, int status) throws IOException {
        byte[] body = endpoint.errorStyle().body(status).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("x-amz-pay-request-id", UUID.randomUUID().toString());
        if (status == 429 || status == 503) {
            response.setHeader("Retry-After", "1");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
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
