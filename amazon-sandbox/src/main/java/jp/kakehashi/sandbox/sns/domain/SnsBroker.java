package jp.kakehashi.sandbox.sns.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Topics, HTTP(S) subscriptions and publishing, as SNS does them: subscribing sends a SubscriptionConfirmation,
 * the SubscribeURL confirms, the UnsubscribeURL ends the subscription with an UnsubscribeConfirmation, and a publish
 * reaches every confirmed subscription with the same MessageId. Thread-safe; state is in memory.
 */
public class SnsBroker {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SnsAddresses addresses;
    private final MessageSigner signer;
    private final MessageDispatcher dispatcher;
    private final Clock clock;
    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();

    public SnsBroker(SnsAddresses addresses, MessageSigner signer, MessageDispatcher dispatcher, Clock clock) {
        this.addresses = addresses;
        this.signer = signer;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public SnsAddresses addresses() {
        return addresses;
    }

    /** Creates the topic, or (as CreateTopic does for an existing name) returns it, here with the version given. */
    public Topic createTopic(String name, SignatureVersion version) {
        String arn = addresses.topicArn(name);
        return topics.merge(
                arn, new Topic(arn, name, version), (existing, created) -> existing.withSignatureVersion(version));
    }

    public Topic setSignatureVersion(String topicArn, SignatureVersion version) {
        Topic updated = topics.computeIfPresent(topicArn, (arn, topic) -> topic.withSignatureVersion(version));
        if (updated == null) {
            throw topicNotFound();
        }
        return updated;
    }

    public Optional<Topic> topic(String topicArn) {
        return Optional.ofNullable(topicArn).map(topics::get);
    }

    public List<Topic> topics() {
        return topics.values().stream().sorted(Comparator.comparing(Topic::arn)).toList();
    }

    public List<Subscription> subscriptions() {
        return subscriptions.values().stream()
                .sorted(Comparator.comparing(Subscription::createdAt).thenComparing(Subscription::arn))
                .toList();
    }

    public Optional<Subscription> subscription(String subscriptionArn) {
        return Optional.ofNullable(subscriptionArn).map(subscriptions::get);
    }

    /**
     * Subscribes an HTTP(S) endpoint and sends it a SubscriptionConfirmation. As SNS does, subscribing an endpoint
     * that is already pending sends the confirmation again, and one that is confirmed is returned unchanged.
     */
    public synchronized Subscription subscribe(String topicArn, String endpoint) {
        Topic topic = requireTopic(topicArn);
        String protocol = protocolOf(endpoint);
        Optional<Subscription> existing = subscriptions.values().stream()
                .filter(s -> s.topicArn().equals(topicArn)
                        && s.endpoint().equals(endpoint)
                        && s.status() != SubscriptionStatus.UNSUBSCRIBED)
                .findFirst();
        if (existing.isPresent() && existing.get().status() == SubscriptionStatus.CONFIRMED) {
            return existing.get();
        }
        Subscription subscription = existing.orElseGet(() -> new Subscription(
                addresses.newSubscriptionArn(topicArn),
                topicArn,
                protocol,
                endpoint,
                SubscriptionStatus.PENDING_CONFIRMATION,
                newToken(),
                clock.instant()));
        subscriptions.put(subscription.arn(), subscription);
        sendConfirmation(
                topic,
                subscription,
                SnsMessageType.SUBSCRIPTION_CONFIRMATION,
                "You have chosen to subscribe to the topic " + topicArn
                        + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.");
        return subscription;
    }

    /** What a GET of a SubscribeURL does; confirming again is harmless. */
    public synchronized Subscription confirm(String topicArn, String token) {
        if (topicArn == null || topicArn.isBlank()) {
            throw new SnsException(SnsError.MISSING_PARAMETER, "The request must contain the parameter TopicArn.");
        }
        if (token == null || token.isBlank()) {
            throw new SnsException(SnsError.MISSING_PARAMETER, "The request must contain the parameter Token.");
        }
        requireTopic(topicArn);
        Subscription subscription = subscriptions.values().stream()
                .filter(s -> s.topicArn().equals(topicArn) && s.token().equals(token))
                .findFirst()
                .orElseThrow(() -> new SnsException(SnsError.INVALID_PARAMETER, "Invalid parameter: Token"));
        Subscription confirmed = subscription.withStatus(SubscriptionStatus.CONFIRMED);
        subscriptions.put(confirmed.arn(), confirmed);
        return confirmed;
    }

    /**
     * What a GET of an UnsubscribeURL does: the subscription ends and its endpoint gets an UnsubscribeConfirmation,
     * whose SubscribeURL (with a new token) would restore it.
     */
    public synchronized Subscription unsubscribe(String subscriptionArn) {
        if (subscriptionArn == null || subscriptionArn.isBlank()) {
            throw new SnsException(
                    SnsError.MISSING_PARAMETER, "The request must contain the parameter SubscriptionArn.");
        }
        Subscription subscription = subscription(subscriptionArn)
                .orElseThrow(() -> new SnsException(SnsError.NOT_FOUND, "Subscription does not exist"));
        if (subscription.status() == SubscriptionStatus.UNSUBSCRIBED) {
            return subscription;
        }
        Subscription ended =
                subscription.withStatus(SubscriptionStatus.UNSUBSCRIBED).withToken(newToken());
        subscriptions.put(ended.arn(), ended);
        topic(ended.topicArn())
                .ifPresent(
                        topic -> sendConfirmation(
                                topic,
                                ended,
                                SnsMessageType.UNSUBSCRIBE_CONFIRMATION,
                                "You have chosen to deactivate subscription " + ended.arn()
                                        + ".\nTo cancel this operation and restore the subscription, visit the SubscribeURL included in this message."));
        return ended;
    }

    /** Forgets a subscription without telling its endpoint (the control API's clean-up for tests). */
    public boolean delete(String subscriptionArn) {
        return subscriptionArn != null && subscriptions.remove(subscriptionArn) != null;
    }

    /**
     * Publishes to every confirmed subscription of the topic.
     *
     * @return the MessageId, the same in every subscription's delivery
     */
    public String publish(String topicArn, String subject, String message) {
        Topic topic = requireTopic(topicArn);
        if (message == null || message.isEmpty()) {
            throw new SnsException(SnsError.INVALID_PARAMETER, "Invalid parameter: Empty message");
        }
        if (subject != null && subject.isBlank()) {
            subject = null;
        }
        if (subject != null && (subject.length() > 100 || subject.chars().anyMatch(Character::isISOControl))) {
            throw new SnsException(
                    SnsError.INVALID_PARAMETER,
                    "Invalid parameter: Subject must be ASCII text without line breaks, no longer than 100 characters");
        }
        SnsMessage unsigned = SnsMessage.notification(
                UUID.randomUUID().toString(),
                topicArn,
                subject,
                message,
                clock.instant(),
                null,
                topic.signatureVersion(),
                signer.signingCertUrl());
        // The UnsubscribeURL is not signed, so one signature serves every subscription.
        SnsMessage signed = signer.sign(unsigned);
        subscriptions.values().stream()
                .filter(s -> s.topicArn().equals(topicArn) && s.status() == SubscriptionStatus.CONFIRMED)
                .forEach(s -> dispatcher.dispatch(signed.withUnsubscribeUrl(addresses.unsubscribeUrl(s.arn())), s));
        return unsigned.messageId();
    }

    private void sendConfirmation(Topic topic, Subscription subscription, SnsMessageType type, String text) {
        SnsMessage unsigned = SnsMessage.confirmation(
                type,
                UUID.randomUUID().toString(),
                topic.arn(),
                text,
                clock.instant(),
                subscription.token(),
                addresses.subscribeUrl(topic.arn(), subscription.token()),
                topic.signatureVersion(),
                signer.signingCertUrl());
        dispatcher.dispatch(signer.sign(unsigned), subscription);
    }

    private Topic requireTopic(String topicArn) {
        return topic(topicArn).orElseThrow(SnsBroker::topicNotFound);
    }

    private static SnsException topicNotFound() {
        return new SnsException(SnsError.NOT_FOUND, "Topic does not exist");
    }

    private static String protocolOf(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme();
            if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
                return scheme.toLowerCase(java.util.Locale.ROOT);
            }
        } catch (URISyntaxException | NullPointerException e) {
            // answered below
        }
        throw new SnsException(
                SnsError.INVALID_PARAMETER, "Invalid parameter: Endpoint must be an absolute http or https URL");
    }

    /** Tokens as long as AWS's (256 hex digits). */
    private static String newToken() {
        byte[] bytes = new byte[128];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
