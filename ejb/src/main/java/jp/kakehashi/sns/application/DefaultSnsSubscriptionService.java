package jp.kakehashi.sns.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.domain.SnsSubscription;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultSnsSubscriptionService implements SnsSubscriptionService {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void confirmationRequested(SnsMessage confirmation) {
        subscription(confirmation.topicArn())
                .confirmationRequested(confirmation.messageId(), confirmation.subscribeUrl(), clock.instant());
    }

    @Override
    public void confirmed(String topicArn, String subscriptionArn) {
        subscription(topicArn).confirmed(subscriptionArn, clock.instant());
    }

    @Override
    public void confirmationFailed(String topicArn, String error) {
        subscription(topicArn).confirmationFailed(error, clock.instant());
    }

    @Override
    public void unsubscribed(SnsMessage confirmation) {
        subscription(confirmation.topicArn()).unsubscribed(confirmation.messageId(), clock.instant());
    }

    @Override
    public Optional<SnsSubscription> findSubscription(String topicArn) {
        return Optional.ofNullable(entityManager.find(SnsSubscription.class, topicArn));
    }

    @Override
    public List<SnsSubscription> listSubscriptions() {
        return entityManager.createNamedQuery(SnsSubscription.ALL, SnsSubscription.class).getResultList();
    }

    private SnsSubscription subscription(String topicArn) {
        SnsSubscription existing = entityManager.find(SnsSubscription.class, topicArn);
        if (existing != null) {
            return existing;
        }
        SnsSubscription created = new SnsSubscription(topicArn);
        entityManager.persist(created);
        return created;
    }
}
