package jp.kakehashi.sns.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.sns.domain.SnsNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

import java.time.Clock;
import java.util.Optional;

@Stateless
public class DefaultSnsNotificationService implements SnsNotificationService {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    @Override
    public boolean receive(SnsNotificationMessage notification) {
        // A concurrent duplicate fails on the primary key, rolls back and is redelivered; then it finds this row.
        if (entityManager.find(SnsNotification.class, notification.messageId()) != null) {
            return false;
        }
        entityManager.persist(new SnsNotification(notification, clock.instant()));
        return true;
    }

    @Override
    public Optional<SnsNotification> findNotification(String messageId) {
        return Optional.ofNullable(entityManager.find(SnsNotification.class, messageId));
    }
}
