package jp.kakehashi.shared.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Kakehashi's own spans, where Liberty's MicroProfile Telemetry does not make them (the JMS hop, the consumers, the
 * database work; Liberty makes those of HTTP requests and REST clients), and the W3C trace context carried across
 * the queue. With the SDK disabled (the default,
 * {@code otel.sdk.disabled}) the tracer and the propagator are no-ops and cost next to nothing.
 */
@ApplicationScoped
public class Tracing {

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    private OpenTelemetry openTelemetry;

    @Inject
    private Tracer tracer;

    /** Tracing through the given OpenTelemetry, outside a container (unit tests). */
    public static Tracing using(OpenTelemetry openTelemetry) {
        Tracing tracing = new Tracing();
        tracing.openTelemetry = openTelemetry;
        tracing.tracer = openTelemetry.getTracer("kakehashi");
        return tracing;
    }

    /** The current trace context as the propagator's headers (W3C {@code traceparent}, {@code tracestate}). */
    public Map<String, String> currentContext() {
        Map<String, String> headers = new HashMap<>(4);
        propagator().inject(Context.current(), headers, Map::put);
        return headers;
    }

    /** The context that headers written by {@link #currentContext()} (or any W3C caller) carry; the root if none. */
    public Context contextOf(Map<String, String> headers) {
        return propagator().extract(Context.root(), headers, MAP_GETTER);
    }

    /** Starts a span whose parent is {@code parent}; the caller makes it current and ends it. */
    public Span start(String name, SpanKind kind, Context parent, Attributes attributes) {
        return tracer.spanBuilder(name)
                .setParent(parent)
                .setSpanKind(kind)
                .setAllAttributes(attributes)
                .startSpan();
    }

    /** Runs {@code work} in a child span of the current one; a failure is recorded on the span and rethrown. */
    public <T> T inSpan(String name, SpanKind kind, Attributes attributes, Supplier<T> work) {
        Span span = start(name, kind, Context.current(), attributes);
        try (Scope scope = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Marks a span failed by {@code failure}. */
    public static void failed(Span span, Throwable failure) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
    }

    private TextMapPropagator propagator() {
        return openTelemetry.getPropagators().getTextMapPropagator();
    }
}
