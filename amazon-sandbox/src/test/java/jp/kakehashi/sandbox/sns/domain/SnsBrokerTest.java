package jp.kakehashi.sandbox.sns.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnsBrokerTest {

    private record Sent(SnsMessage message, Subscription subscription) {}

    private final List<Sent> sent = new ArrayList<>();
    private final SnsAddresses addresses = new SnsAddresses("http://sandbox/api/sns", "us-east-1", "123456789012");
    private SnsBroker broker;
    private Topic topic;

    @BeforeEach
    void setUp() {
        MessageSigner signer = new MessageSigner() {
            @Override
            public SnsMessage sign(SnsMessage unsigned) {
                return unsigned.withSignature("signed");
            }

            @Override
            public String signingCertUrl() {
                return "http://sandbox/api/sns/SimpleNotificationService-x.pem";
            }
        };
        broker = new SnsBroker(
                addresses,
                signer,
                (message, subscription) -> sent.add(new Sent(message, subscription)),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        topic = broker.createTopic("kakehashi-drs", SignatureVersion.V2);
    }

    @Test
    void subscribingSendsASubscriptionConfirmationAndItsSubscribeUrlConfirms() {
        Subscription pending = broker.subscribe(topic.arn(), "http://endpoint/sns");

        assertEquals(SubscriptionStatus.PENDING_CONFIRMATION, pending.status());
        SnsMessage confirmation = sent.get(0).message();
        assertEquals(SnsMessageType.SUBSCRIPTION_CONFIRMATION, confirmation.type());
        assertEquals(SignatureVersion.V2, confirmation.signatureVersion());
        assertEquals(addresses.subscribeUrl(topic.arn(), pending.token()), confirmation.subscribeUrl());
        assertEquals(256, confirmation.token().length());

        Subscription confirmed = broker.confirm(topic.arn(), confirmation.token());
        assertEquals(SubscriptionStatus.CONFIRMED, confirmed.status());
        assertEquals(pending.arn(), confirmed.arn());
        assertEquals(confirmed, broker.confirm(topic.arn(), confirmation.token()), "confirming again is harmless");
    }

    @Test
    void aWrongTokenOrTopicChangesNothing() {
        Subscription pending = broker.subscribe(topic.arn(), "http://endpoint/sns");

        assertEquals(
                SnsError.INVALID_PARAMETER,
                assertThrows(SnsException.class, () -> broker.confirm(topic.arn(), "nope"))
                        .error());
        assertEquals(
                SnsError.NOT_FOUND,
                assertThrows(SnsException.class, () -> broker.confirm(topic.arn() + "x", pending.token()))
                        .error());
        assertEquals(
                SnsError.MISSING_PARAMETER,
                assertThrows(SnsException.class, () -> broker.confirm(topic.arn(), null))
                        .error());
        assertEquals(
                SubscriptionStatus.PENDING_CONFIRMATION,
                broker.subscription(pending.arn()).orElseThrow().status());
    }

    @Test
    void publishingReachesOnlyConfirmedSubscriptionsWithOneMessageIdAndTheirOwnUnsubscribeUrl() {
        Subscription a = confirmedSubscription("http://a/sns");
        Subscription b = confirmedSubscription("http://b/sns");
        broker.subscribe(topic.arn(), "http://pending/sns");
        sent.clear();

        String messageId = broker.publish(topic.arn(), null, "{\"x\":1}");

        assertEquals(2, sent.size());
        for (Sent delivery : sent) {
            assertEquals(messageId, delivery.message().messageId());
            assertEquals(SnsMessageType.NOTIFICATION, delivery.message().type());
            assertNull(delivery.message().subject());
            assertEquals(
                    addresses.unsubscribeUrl(delivery.subscription().arn()),
                    delivery.message().unsubscribeUrl());
        }
        assertEquals(
                List.of(a.arn(), b.arn()).stream().sorted().toList(),
                sent.stream().map(s -> s.subscription().arn()).sorted().toList());
    }

    @Test
    void unsubscribingSendsAnUnsubscribeConfirmationWhoseSubscribeUrlRestoresIt() {
        Subscription subscription = confirmedSubscription("http://a/sns");
        sent.clear();

        Subscription ended = broker.unsubscribe(subscription.arn());

        assertEquals(SubscriptionStatus.UNSUBSCRIBED, ended.status());
        SnsMessage goodbye = sent.get(0).message();
        assertEquals(SnsMessageType.UNSUBSCRIBE_CONFIRMATION, goodbye.type());
        assertTrue(goodbye.message().contains(subscription.arn()));
        sent.clear();
        broker.publish(topic.arn(), "s", "m");
        assertTrue(sent.isEmpty());
        assertEquals(
                SubscriptionStatus.CONFIRMED,
                broker.confirm(topic.arn(), goodbye.token()).status());
        assertEquals(
                SnsError.NOT_FOUND,
                assertThrows(SnsException.class, () -> broker.unsubscribe(topic.arn() + ":none"))
                        .error());
    }

    @Test
    void subscribingAPendingEndpointAgainResendsTheConfirmation() {
        Subscription first = broker.subscribe(topic.arn(), "http://a/sns");
        Subscription again = broker.subscribe(topic.arn(), "http://a/sns");

        assertEquals(first.arn(), again.arn());
        assertEquals(2, sent.size());
        assertEquals(1, broker.subscriptions().size());
    }

    @Test
    void badRequestsAreRefused() {
        assertThrows(SnsException.class, () -> broker.subscribe(topic.arn(), "ftp://x/y"));
        assertThrows(SnsException.class, () -> broker.subscribe(topic.arn(), "not a url"));
        assertThrows(SnsException.class, () -> broker.subscribe("arn:aws:sns:us-east-1:123456789012:none", "http://a"));
        assertThrows(SnsException.class, () -> broker.publish(topic.arn(), null, ""));
        assertThrows(SnsException.class, () -> broker.publish(topic.arn(), "two\nlines", "m"));
        assertTrue(broker.subscriptions().isEmpty());
        assertTrue(sent.isEmpty());
    }

    @Test
    void theSignatureVersionIsPerTopic() {
        Topic other = broker.createTopic("other", SignatureVersion.V1);
        assertEquals(SignatureVersion.V1, other.signatureVersion());
        assertEquals(
                SignatureVersion.V1,
                broker.setSignatureVersion(topic.arn(), SignatureVersion.V1).signatureVersion());
        assertEquals(2, broker.topics().size());
    }

    private Subscription confirmedSubscription(String endpoint) {
        Subscription pending = broker.subscribe(topic.arn(), endpoint);
        return broker.confirm(topic.arn(), pending.token());
    }
}
