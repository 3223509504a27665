package jp.kakehashi.sns.application;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kakehashi.drs.application.DeviceRepository;
import jp.kakehashi.drs.application.DrsNotificationService;
import jp.kakehashi.drs.domain.DeviceNotYetKnownException;
import jp.kakehashi.drs.domain.DrsNotificationParser;
import jp.kakehashi.drs.domain.UnprocessableNotificationException;
import jp.kakehashi.shared.tracing.Tracing;
import jp.kakehashi.sns.domain.AwaitingDevice;
import jp.kakehashi.sns.domain.ParkedNotification;
import jp.kakehashi.sns.domain.SnsNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

/**
 * Every topic Kakehashi subscribes to carries Dash Replenishment notifications: each one is stored once by its SNS
 * MessageId and applied to its device in the same transaction. One that can never be applied is parked.
 */
@Stateless
public class DefaultSnsNotificationService implements SnsNotificationService {

    private static final Logger LOG = Logger.getLogger(DefaultSnsNotificationService.class.getName());
    private static final Attributes STORE_ATTRIBUTES = Attributes.of(
            AttributeKey.stringKey("db.operation.name"), "store",
            AttributeKey.stringKey("db.collection.name"), "sns_notification");

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private DrsNotificationService drsNotifications;

    @Inject
    private DeviceRepository devices;

    @Inject
    private Event<AwaitingDevice> awaiting;

    @Inject
    private Tracing tracing;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void receive(SnsNotificationMessage notification) {
        // The span covers the statements: Hibernate runs them at the flush, not at persist
        tracing.inSpan("store SNS notification", SpanKind.CLIENT, STORE_ATTRIBUTES, () -> {
            if (!store(notification)) {
                LOG.fine(() -> "Duplicate SNS notification ignored: " + notification.messageId());
            }
            // Written now and let go: every later flush of a batch would otherwise check all the entities before it
            // again
            entityManager.flush();
            entityManager.clear();
            return null;
        });
    }

    private boolean store(SnsNotificationMessage notification) {
        // A concurrent duplicate fails on the primary key, rolls back and is redelivered; then it finds this row.
        if (entityManager.find(SnsNotification.class, notification.messageId()) != null) {
            return false;
        }
        entityManager.persist(new SnsNotification(notification, clock.instant()));
        try {
            drsNotifications.apply(
                    DrsNotificationParser.parse(notification.message()),
                    notification.messageId(),
                    notification.message());
        } catch (DeviceNotYetKnownException e) {
            entityManager.flush();
            entityManager.persist(ParkedNotification.awaitingDevice(
                    notification, e.getMessage(), e.modelId(), e.serialNumber(), clock.instant()));
            awaiting.fire(new AwaitingDevice(e.modelId(), e.serialNumber()));
            LOG.info(() -> "SNS notification " + notification.messageId() + " waits for its device: " + e.getMessage());
        } catch (UnprocessableNotificationException e) {
            entityManager.flush();
            entityManager.persist(new ParkedNotification(notification, e.getMessage(), clock.instant()));
            LOG.warning(() -> "Parked SNS notification " + notification.messageId() + ": " + e.getMessage());
        }
        return true;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int applyAwaiting(String modelId, String serialNumber) {
        if (devices.find(modelId, serialNumber).isEmpty()) {
            return 0;
        }
        List<String> waiting = entityManager
                .createNamedQuery(ParkedNotification.AWAITING_DEVICE, String.class)
                .setParameter("modelId", modelId)
                .setParameter("serialNumber", serialNumber)
                .getResultList();
        int applied = 0;
        for (String messageId : waiting) {
            if (reprocessParked(messageId) == Reprocessed.APPLIED) {
                applied++;
            }
        }
        return applied;
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
    public Reprocessed reprocessParked(String messageId) {
        ParkedNotification parked =
                entityManager.find(ParkedNotification.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (parked == null) {
            return Reprocessed.NOT_PARKED;
        }
        String body = entityManager.find(SnsNotification.class, messageId).getBody();
        try {
            drsNotifications.apply(DrsNotificationParser.parse(body), messageId, body);
        } catch (UnprocessableNotificationException e) {
            parked.parkedAgain(e.getMessage(), clock.instant());
            return Reprocessed.STILL_PARKED;
        }
        entityManager.remove(parked);
        return Reprocessed.APPLIED;
    }

    @Override
    public List<ParkedReason> parkedReasons() {
        return entityManager
                .createQuery(
                        "SELECT NEW jp.kakehashi.sns.application.SnsNotificationService$ParkedReason(p.reason, COUNT(p)) "
                                + "FROM ParkedNotification p GROUP BY p.reason ORDER BY COUNT(p) DESC, p.reason",
                        ParkedReason.class)
                .getResultList();
    }

    @Override
    public List<String> parkedWithReason(String reason, int max) {
        return entityManager
                .createQuery(
                        "SELECT p.snsMessageId FROM ParkedNotification p WHERE p.reason = :reason ORDER BY p.parkedAt",
                        String.class)
                .setParameter("reason", reason)
                .setMaxResults(Math.max(1, max))
                .getResultList();
    }

    @Override
    public long countParked() {
        return entityManager
                .createQuery("SELECT COUNT(p) FROM ParkedNotification p", Long.class)
                .getSingleResult();
    }
}
