package jp.kakehashi.shared.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

/**
 * The client span Liberty's MicroProfile Telemetry makes for a REST client call keeps the URL it called in
 * {@code url.full}: Get Buyer's has Amazon's one-time buyer token in its path. Registered on each Amazon client, this
 * overwrites the attribute with {@link SecretsInUrls#redactUrl} while the span is open: after Liberty's own filter
 * started it (a later request filter, by priority) and before its response filter ends it (response filters run in
 * the reverse order). Liberty keeps the span's context in the request property {@value #SPAN_CONTEXT}; without it
 * (tracing off) there is nothing to do. NoSecretsInLogsOrTracesIT proves it on the collected spans.
 */
@Priority(Priorities.USER + 1000)
public class RedactedClientSpans implements ClientRequestFilter, ClientResponseFilter {

    static final String SPAN_CONTEXT = "otel.span.client.context";

    @Override
    public void filter(ClientRequestContext request) {
        redact(request);
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        redact(request);
    }

    private static void redact(ClientRequestContext request) {
        if (request.getProperty(SPAN_CONTEXT) instanceof Context context) {
            Span span = Span.fromContext(context);
            if (span.isRecording()) {
                span.setAttribute("url.full", SecretsInUrls.redactUrl(request.getUri()));
            }
        }
    }
}
