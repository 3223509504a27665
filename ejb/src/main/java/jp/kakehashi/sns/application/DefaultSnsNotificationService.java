package jp.kakehashi.sns.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.drs.application.DrsNotificationService;
import jp.kakehashi.drs.domain.DrsNotificationParser;
import jp.kakehashi.drs.domain.UnprocessableNotificationException;
import jp.kakehashi.sns.domain.ParkedNotification;
import jp.kakehashi.sns.domain.SnsNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every topic Kakehashi subscribes to carries Dash Replenishment notifications: each one is stored once by its SNS
 * MessageId and applied to its device in the same transaction. One that can never be applied is parked.
 */
@Stateless
public class DefaultSnsNotificationService implements SnsNotificationService {

    private static final Logger LOG = Logger.getLogger(DefaultSnsNotificationService.class.getName());

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private DrsNotificationService drsNotifications;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void receiveAll(List<SnsNotificationMessage> notifications) {
        for (SnsNotificationMessage notification : notifications) {
            if (!receive(notification)) {
                LOG.fine(() -> "Duplicate SNS notification ignored: " + notification.messageId());
            }
            // Written now and let go: every later flush of a batch would otherwise check all the entities before it again
            entityManager.flush();
            entityManager.clear();
        }
    }

    private boolean receive(SnsNotificationMessage notification) {
        // A concurrent duplicate fails on the primary key, rolls back and is redelivered; then it finds this row.
        if (entityManager.find(SnsNotification.class, notification.messageId()) != null) {
            return false;
        }
        entityManager.persist(new SnsNotification(notification, clock.instant()));
        try {
            drsNotifications.apply(DrsNotificationParser.parse(notification.message()), notification.messageId(),
                    notification.message());
        } catch (UnprocessableNotificationException e) {
            entityManager.flush();
            entityManager.persist(new ParkedNotification(notification, e.getMessage(), clock.instant()));
            LOG.warning(() -> "Parked SNS notification " + notification.messageId() + ": " + e.getMessage());
        }
        return true;
    }

    @Override
    public Optional<SnsNotification> findNotification(String messageId) {
        return Optional.ofNullable(entityManager.find(SnsNotification.class, messageId));
    }

    @Override
    public Optional<ParkedNotification> findParked(String messageId) {
        return Optional.ofNullable(entityManager.find(ParkedNotification.class, messageId));
    }

    @Override
    public List<ParkedNotification> listParked(int max) {
        return entityManager.createNamedQuery(ParkedNotification.NEWEST_FIRST, ParkedNotification.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countParked() {
        return entityManager.createQuery("SELECT COUNT(p) FROM ParkedNotification p", Long.class).getSingleResult();
    }
}
