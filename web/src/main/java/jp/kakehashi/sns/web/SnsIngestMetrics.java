package jp.kakehashi.sns.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.shared.activity.ActivityLog;
import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.verification.SnsVerificationException;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What the SNS endpoint did with each delivery: counters at /metrics ({@code kakehashi_sns_deliveries_total}), the
 * dashboard's per-minute activity, and the admins' list of the last deliveries with the reason for each refusal.
 */
@ApplicationScoped
public class SnsIngestMetrics {

    private static final String DELIVERIES = "kakehashi.sns.deliveries";

    @Inject
    private MetricRegistry registry;

    @Inject
    private ActivityLog activityLog;

    @Inject
    private SnsReceptions receptions;

    void accepted(SnsMessage message) {
        count("accepted", message.type().wireName());
        activityLog.record(Activity.SNS_RECEIVED);
        receptions.record(reception(message, 200, "accepted", null));
    }

    void rejected(SnsMessage message, SnsVerificationException.Reason reason, int status, String description) {
        count("forbidden", reason.name().toLowerCase(Locale.ROOT));
        activityLog.record(Activity.SNS_REJECTED);
        receptions.record(
                reception(message, status, "refused: " + reason.name().toLowerCase(Locale.ROOT), description));
    }

    void invalid(String outcome, int status, String reason) {
        count("invalid", outcome);
        activityLog.record(Activity.SNS_REJECTED);
        receptions.record(new SnsReceptions.Reception(Instant.now(), null, null, null, status, outcome, reason));
    }

    void queueUnavailable(SnsMessage message) {
        count("unavailable", "queue");
        receptions.record(reception(message, 503, "queue unavailable", "SNS will deliver it again"));
    }

    private static SnsReceptions.Reception reception(SnsMessage message, int status, String result, String reason) {
        return new SnsReceptions.Reception(
                Instant.now(),
                message.messageId(),
                message.type().wireName(),
                message.topicArn(),
                status,
                result,
                reason);
    }

    private void count(String outcome, String detail) {
        registry.counter(DELIVERIES, new Tag("outcome", outcome), new Tag("detail", detail))
                .inc();
    }
}
