package jp.kakehashi.sandbox.sns.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.kakehashi.sandbox.sns.domain.SignatureVersion;
import jp.kakehashi.sandbox.sns.domain.SnsMessage;
import jp.kakehashi.sandbox.sns.domain.SnsMessageType;
import jp.kakehashi.sandbox.sns.domain.Subscription;
import jp.kakehashi.sandbox.sns.domain.SubscriptionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryAttemptsTest {

    private static final Subscription SUBSCRIPTION = new Subscription(
            "arn:aws:sns:us-east-1:123456789012:t:s",
            "arn:aws:sns:us-east-1:123456789012:t",
            "http",
            "http://endpoint/sns",
            SubscriptionStatus.CONFIRMED,
            "tok",
            Instant.EPOCH);
    private static final SnsMessage MESSAGE = SnsMessage.notification(
                    "m-1",
                    SUBSCRIPTION.topicArn(),
                    null,
                    "hello",
                    Instant.parse("2026-01-01T00:00:00Z"),
                    "http://u",
                    SignatureVersion.V1,
                    "http://c")
            .withSignature("sig");

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final DeliveryLog log = new DeliveryLog(100);

    /** Answers the scripted statuses (null: a connection error), records what it was sent. */
    private static final class ScriptedClient implements EndpointClient {
        final Deque<Integer> answers;
        final List<Map<String, String>> headers = new CopyOnWriteArrayList<>();
        final List<String> bodies = new CopyOnWriteArrayList<>();

        ScriptedClient(Integer... answers) {
            this.answers = new ArrayDeque<>();
            for (Integer answer : answers) {
                this.answers.add(answer == null ? -1 : answer);
            }
        }

        @Override
        public synchronized int post(URI endpoint, Map<String, String> sentHeaders, String body, Duration timeout)
                throws IOException {
            headers.add(sentHeaders);
            bodies.add(body);
            int answer = answers.isEmpty() ? 200 : answers.poll();
            if (answer < 0) {
                throw new ConnectException("Connection refused");
            }
            return answer;
        }
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aFiveHundredIsRetriedWithTheSameMessageUntilDelivered() throws Exception {
        ScriptedClient client = new ScriptedClient(500, 503, 200);

        deliver(client, new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(1)), MESSAGE);

        List<DeliveryLogEntry> entries = awaitFinal();
        assertEquals(List.of("RETRY", "RETRY", "DELIVERED"), outcomes(entries));
        assertEquals(
                List.of(1, 2, 3),
                entries.stream().map(DeliveryLogEntry::attempt).toList());
        assertEquals(
                1,
                client.bodies.stream().distinct().count(),
                "the same body, MessageId and signature in every attempt");
        assertTrue(client.headers.stream().allMatch(h -> "m-1".equals(h.get("x-amz-sns-message-id"))));
        assertEquals(503, entries.get(1).status());
    }

    @Test
    void aFourHundredIsNotRetried() throws Exception {
        ScriptedClient client = new ScriptedClient(400, 200);

        deliver(client, new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(1)), MESSAGE);

        assertEquals(List.of("FAILED_PERMANENTLY"), outcomes(awaitFinal()));
        scheduler.shutdown();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
        assertEquals(1, client.bodies.size());
    }

    @Test
    void connectionErrorsAreRetriedMaxRetriesTimesThenGivenUp() throws Exception {
        ScriptedClient client = new ScriptedClient(null, null, null, null, null);

        deliver(client, new RetryPolicy(2, Duration.ZERO, Duration.ofSeconds(1)), MESSAGE);

        List<DeliveryLogEntry> entries = awaitFinal();
        assertEquals(List.of("RETRY", "RETRY", "GAVE_UP"), outcomes(entries));
        assertNull(entries.get(0).status());
        assertTrue(entries.get(0).error().contains("Connection refused"));
    }

    @Test
    void eachSubscriptionIsRetriedUnderItsOwnPolicy() throws Exception {
        ScriptedClient client = new ScriptedClient(null, null, null, null, null);
        Subscription patient = new Subscription(
                SUBSCRIPTION.arn() + "-patient",
                SUBSCRIPTION.topicArn(),
                "http",
                "http://patient/sns",
                SubscriptionStatus.CONFIRMED,
                "tok",
                Instant.EPOCH);
        DeliveryAttempts attempts = new DeliveryAttempts(
                scheduler,
                client,
                subscription -> subscription.equals(patient)
                        ? new RetryPolicy(2, Duration.ZERO, Duration.ofSeconds(1))
                        : new RetryPolicy(0, Duration.ZERO, Duration.ofSeconds(1)),
                log,
                Clock.systemUTC());

        attempts.deliver(new OutboundMessage(MESSAGE, SUBSCRIPTION));
        attempts.deliver(new OutboundMessage(MESSAGE, patient));
        awaitCount(2);

        assertEquals(List.of("GAVE_UP"), outcomesFor(SUBSCRIPTION));
        assertEquals(List.of("RETRY", "RETRY", "GAVE_UP"), outcomesFor(patient));
    }

    @Test
    void headersAreSnss() throws Exception {
        ScriptedClient client = new ScriptedClient();
        SnsMessage confirmation = SnsMessage.confirmation(
                        SnsMessageType.SUBSCRIPTION_CONFIRMATION,
                        "c-1",
                        SUBSCRIPTION.topicArn(),
                        "text",
                        Instant.EPOCH,
                        "tok",
                        "http://s",
                        SignatureVersion.V1,
                        "http://c")
                .withSignature("sig");

        deliver(client, RetryPolicy.SNS_DEFAULT, MESSAGE);
        awaitFinal();
        deliver(client, RetryPolicy.SNS_DEFAULT, confirmation);
        awaitCount(2);

        Map<String, String> notification = client.headers.get(0);
        assertEquals("Notification", notification.get("x-amz-sns-message-type"));
        assertEquals(SUBSCRIPTION.topicArn(), notification.get("x-amz-sns-topic-arn"));
        assertEquals(SUBSCRIPTION.arn(), notification.get("x-amz-sns-subscription-arn"));
        assertEquals("text/plain; charset=UTF-8", notification.get("Content-Type"));
        Map<String, String> subscribe = client.headers.get(1);
        assertEquals("SubscriptionConfirmation", subscribe.get("x-amz-sns-message-type"));
        assertEquals("c-1", subscribe.get("x-amz-sns-message-id"));
        assertNull(subscribe.get("x-amz-sns-subscription-arn"));
    }

    private void deliver(EndpointClient client, RetryPolicy policy, SnsMessage message) {
        new DeliveryAttempts(scheduler, client, subscription -> policy, log, Clock.systemUTC())
                .deliver(new OutboundMessage(message, SUBSCRIPTION));
    }

    private List<DeliveryLogEntry> awaitFinal() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            List<DeliveryLogEntry> entries = log.entries();
            if (!entries.isEmpty() && !"RETRY".equals(entries.get(0).outcome())) {
                Collections.reverse(entries);
                return entries;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no final outcome: " + log.entries());
    }

    private void awaitCount(int finals) throws InterruptedException {
        for (int i = 0;
                i < 500
                        && log.entries().stream()
                                        .filter(e -> !"RETRY".equals(e.outcome()))
                                        .count()
                                < finals;
                i++) {
            Thread.sleep(10);
        }
    }

    private List<String> outcomesFor(Subscription subscription) {
        List<DeliveryLogEntry> entries = new ArrayList<>(log.entries());
        Collections.reverse(entries);
        return outcomes(entries.stream()
                .filter(entry -> entry.subscriptionArn().equals(subscription.arn()))
                .toList());
    }

    private static List<String> outcomes(List<DeliveryLogEntry> entries) {
        return entries.stream().map(DeliveryLogEntry::outcome).toList();
    }
}
