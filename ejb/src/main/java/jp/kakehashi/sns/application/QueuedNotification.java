package jp.kakehashi.sns.application;

import java.util.Map;
import java.util.Objects;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

/**
 * A notification as it comes off the inbound queue, with the trace context its sender attached (W3C
 * {@code traceparent}, {@code tracestate}; empty when tracing is off), so that storing it continues the trace of the
 * SNS POST that acknowledged it.
 */
public record QueuedNotification(SnsNotificationMessage notification, Map<String, String> traceContext) {

    public QueuedNotification {
        Objects.requireNonNull(notification, "notification");
        traceContext = Map.copyOf(traceContext);
    }

    public static QueuedNotification untraced(SnsNotificationMessage notification) {
        return new QueuedNotification(notification, Map.of());
    }
}
