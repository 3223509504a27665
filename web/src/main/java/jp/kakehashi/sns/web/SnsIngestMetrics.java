package jp.kakehashi.sns.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kakehashi.sns.domain.SnsMessageType;
import jp.kakehashi.sns.verification.SnsVerificationException;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Locale;

/** Counters of what the SNS endpoint did with each delivery, at /metrics as {@code kakehashi_sns_deliveries_total}. */
@ApplicationScoped
public class SnsIngestMetrics {

    private static final String DELIVERIES = "kakehashi.sns.deliveries";

    @Inject
    private MetricRegistry registry;

    void accepted(SnsMessageType type) {
        count("accepted", type.wireName());
    }

    void rejected(SnsVerificationException.Reason reason) {
        count("forbidden", reason.name().toLowerCase(Locale.ROOT));
    }

    void invalid(String reason) {
        count("invalid", reason);
    }

    void queueUnavailable() {
        count("unavailable", "queue");
    }

    private void count(String outcome, String detail) {
        registry.counter(DELIVERIES, new Tag("outcome", outcome), new Tag("detail", detail)).inc();
    }
}
