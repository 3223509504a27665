package jp.kakehashi.sns.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.domain.SnsSubscription;

@Stateless
public class DefaultSnsSubscriptionService implements SnsSubscriptionService {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void confirmationRequested(SnsMessage confirmation) {
        update(
                confirmation.topicArn(),
                subscription -> subscription.confirmationRequested(
                        confirmation.messageId(), confirmation.subscribeUrl(), clock.instant()));
    }

    @Override
    public void confirmed(String topicArn, String subscriptionArn) {
        update(topicArn, subscription -> subscription.confirmed(subscriptionArn, clock.instant()));
    }

    @Override
    public void confirmationFailed(String topicArn, String error) {
        update(topicArn, subscription -> subscription.confirmationFailed(error, clock.instant()));
    }

    @Override
    public void unsubscribed(SnsMessage confirmation) {
        update(
                confirmation.topicArn(),
                subscription -> subscription.unsubscribed(confirmation.messageId(), clock.instant()));
    }

    @Override
    public Optional<SnsSubscription> findSubscription(String topicArn) {
        return Optional.ofNullable(entityManager.find(SnsSubscription.class, topicArn));
    }

    @Override
    public List<SnsSubscription> listSubscriptions() {
        return entityManager
                .createNamedQuery(SnsSubscription.ALL, SnsSubscription.class)
                .getResultList();
    }

    /** Changes the topic's subscription, creating it first when SNS tells us about it for the first time. */
    private void update(String topicArn, Consumer<SnsSubscription> change) {
        SnsSubscription existing = entityManager.find(SnsSubscription.class, topicArn);
        if (existing != null) {
            change.accept(existing);
            return;
        }
        SnsSubscription created = new SnsSubscription(topicArn);
        change.accept(created);
        entityManager.persist(created);
    }
}
