package jp.kakehashi.sandbox.sns;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kakehashi.sandbox.sns.delivery.DeliveryAttempts;
import jp.kakehashi.sandbox.sns.delivery.DeliveryLog;
import jp.kakehashi.sandbox.sns.delivery.JdkEndpointClient;
import jp.kakehashi.sandbox.sns.delivery.OutboundMessage;
import jp.kakehashi.sandbox.sns.delivery.RetryPolicy;
import jp.kakehashi.sandbox.sns.domain.SnsBroker;
import jp.kakehashi.sandbox.sns.domain.Subscription;
import jp.kakehashi.sandbox.sns.domain.Topic;
import jp.kakehashi.sandbox.sns.signing.SandboxMessageSigner;
import jp.kakehashi.sandbox.sns.signing.SigningCredentials;

/**
 * The SNS sandbox, wired: signing credentials (generated at first start), the broker with its topics and
 * subscriptions, asynchronous delivery with SNS's retry policy, and the delivery log. At start it seeds the DRS
 * topic and, when configured, the default subscription.
 */
@ApplicationScoped
public class SnsSandbox {

    private static final Logger LOG = Logger.getLogger(SnsSandbox.class.getName());

    @Inject
    SnsSandboxConfig config;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicReference<RetryPolicy> retryPolicy = new AtomicReference<>();
    /** Subscriptions' own delivery policies (SNS's subscription attribute DeliveryPolicy), which override the topic's. */
    private final Map<String, RetryPolicy> subscriptionPolicies = new ConcurrentHashMap<>();

    private SigningCredentials credentials;
    private DeliveryLog deliveryLog;
    private SnsBroker broker;
    private String drsTopicArn;

    @PostConstruct
    void start() {
        Clock clock = Clock.systemUTC();
        retryPolicy.set(config.retryPolicy());
        credentials = SigningCredentials.loadOrGenerate(config.keyFolder(), clock.instant());
        deliveryLog = new DeliveryLog(config.deliveryLogSize());
        DeliveryAttempts attempts = new DeliveryAttempts(
                scheduler, new JdkEndpointClient(Duration.ofSeconds(10)), this::retryPolicy, deliveryLog, clock);
        broker = new SnsBroker(
                config.addresses(),
                new SandboxMessageSigner(credentials, config.addresses()),
                (message, subscription) -> attempts.deliver(new OutboundMessage(message, subscription)),
                clock);
        Topic drsTopic = broker.createTopic(config.drsTopicName(), config.drsTopicSignature());
        drsTopicArn = drsTopic.arn();
        config.defaultSubscriptionEndpoint().ifPresent(endpoint -> {
            try {
                broker.subscribe(drsTopicArn, endpoint);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The default SNS subscription " + endpoint + " was refused", e);
            }
        });
        LOG.info(() -> "SNS sandbox ready: topic " + drsTopicArn + ", signing certificate "
                + broker.addresses().signingCertUrl(credentials.certificateId()));
    }

    /** Starts with the application, so the DRS topic and the default subscription exist before anyone asks. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        broker();
    }

    public SnsBroker broker() {
        return broker;
    }

    public SigningCredentials credentials() {
        return credentials;
    }

    public String signingCertUrl() {
        return broker.addresses().signingCertUrl(credentials.certificateId());
    }

    public String drsTopicArn() {
        return drsTopicArn;
    }

    public DeliveryLog deliveryLog() {
        return deliveryLog;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy.get();
    }

    /** Changes the policy for attempts from now on (tests shorten the delay); in-flight deliveries follow it too. */
    public void setRetryPolicy(RetryPolicy policy) {
        retryPolicy.set(policy);
    }

    /** The policy a delivery to this subscription follows: its own, if it has one, otherwise the sandbox-wide one. */
    public RetryPolicy retryPolicy(Subscription subscription) {
        return subscriptionPolicies.getOrDefault(subscription.arn(), retryPolicy.get());
    }

    /**
     * Gives one subscription a policy of its own, as SNS's subscription attribute DeliveryPolicy does, so that a test
     * can shape the retries to its endpoint without changing those of every other subscription.
     */
    public void setRetryPolicy(String subscriptionArn, RetryPolicy policy) {
        subscriptionPolicies.put(subscriptionArn, policy);
    }

    /** Forgets a subscription and its own policy. */
    public boolean deleteSubscription(String subscriptionArn) {
        subscriptionPolicies.remove(subscriptionArn);
        return broker.delete(subscriptionArn);
    }

    public RetryPolicy resetRetryPolicy() {
        RetryPolicy configured = config.retryPolicy();
        retryPolicy.set(configured);
        return configured;
    }
}
