package jp.kakehashi.sandbox.sns.delivery;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kakehashi.sandbox.sns.domain.Subscription;

/**
 * Delivers messages asynchronously, retrying under the policy in force for the subscription when each attempt ends (so
 * a test can shorten the delay at run time). The body, and so the MessageId and signature, are the same in every attempt.
 */
public final class DeliveryAttempts {

    private static final Logger LOG = Logger.getLogger(DeliveryAttempts.class.getName());

    private final ScheduledExecutorService scheduler;
    private final EndpointClient client;
    private final Function<Subscription, RetryPolicy> policy;
    private final DeliveryLog log;
    private final Clock clock;

    public DeliveryAttempts(
            ScheduledExecutorService scheduler,
            EndpointClient client,
            Function<Subscription, RetryPolicy> policy,
            DeliveryLog log,
            Clock clock) {
        this.scheduler = scheduler;
        this.client = client;
        this.policy = policy;
        this.log = log;
        this.clock = clock;
    }

    public void deliver(OutboundMessage outbound) {
        String body = outbound.body();
        Map<String, String> headers = outbound.headers();
        schedule(() -> attempt(outbound, headers, body, 1), Duration.ZERO);
    }

    private void attempt(OutboundMessage outbound, Map<String, String> headers, String body, int attempt) {
        RetryPolicy current = policy.apply(outbound.subscription());
        Integer status = null;
        String error = null;
        RetryPolicy.Decision decision;
        try {
            status = client.post(
                    URI.create(outbound.subscription().endpoint()), headers, body, current.requestTimeout());
            decision = policy.apply(outbound.subscription()).afterStatus(attempt, status);
        } catch (IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            decision = policy.apply(outbound.subscription()).afterError(attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
            decision = RetryPolicy.Decision.GAVE_UP;
        }
        log.add(new DeliveryLogEntry(
                outbound.message().messageId(),
                outbound.message().type().wireName(),
                outbound.subscription().arn(),
                outbound.subscription().endpoint(),
                attempt,
                status,
                error,
                decision.name(),
                clock.instant()));
        if (decision == RetryPolicy.Decision.RETRY) {
            schedule(
                    () -> attempt(outbound, headers, body, attempt + 1),
                    policy.apply(outbound.subscription()).retryDelay());
        }
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "SNS delivery could not be scheduled (server stopping?)", e);
        }
    }
}
