package jp.kakehashi.admin.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * One batch of pruning, in a transaction of its own: the oldest rows before the cutoff, at most {@code max}, chosen by
 * their index and deleted by key. Two servers pruning at once delete each row once; the other finds it gone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionBatches {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    /** SNS notifications received before the cutoff, except those parked (a parked one still waits to be applied). */
    public int snsNotifications(Instant cutoff, int max) {
        List<String> ids = entityManager.createQuery("SELECT n.messageId FROM SnsNotification n WHERE n.receivedAt < :cutoff"
                        + " AND NOT EXISTS (SELECT p FROM ParkedNotification p WHERE p.snsMessageId = n.messageId)"
                        + " ORDER BY n.receivedAt", String.class)
                .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
        return ids.isEmpty() ? 0 : entityManager.createQuery("DELETE FROM SnsNotification n WHERE n.messageId IN :ids")
                .setParameter("ids", ids).executeUpdate();
    }

    public int deviceEvents(Instant cutoff, int max) {
        List<String> ids = entityManager.createQuery("SELECT e.notificationId FROM DeviceEvent e WHERE e.receivedAt < :cutoff"
                        + " ORDER BY e.receivedAt", String.class)
                .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
        return ids.isEmpty() ? 0 : entityManager.createQuery("DELETE FROM DeviceEvent e WHERE e.notificationId IN :ids")
                .setParameter("ids", ids).executeUpdate();
    }

    public int drsCalls(Instant cutoff, int max) {
        List<Long> ids = entityManager.createQuery("SELECT c.id FROM DrsCall c WHERE c.calledAt < :cutoff ORDER BY c.calledAt", Long.class)
                .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
        return ids.isEmpty() ? 0 : entityManager.createQuery("DELETE FROM DrsCall c WHERE c.id IN :ids")
                .setParameter("ids", ids).executeUpdate();
    }

    public int auditEntries(Instant cutoff, int max) {
        List<Long> ids = entityManager.createQuery("SELECT a.id FROM AuditEntry a WHERE a.occurredAt < :cutoff ORDER BY a.occurredAt", Long.class)
                .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
        return ids.isEmpty() ? 0 : entityManager.createQuery("DELETE FROM AuditEntry a WHERE a.id IN :ids")
                .setParameter("ids", ids).executeUpdate();
    }

    public int setupAttempts(Instant cutoff, int max) {
        List<Long> ids = entityManager.createQuery("SELECT a.id FROM DeviceSetupAttempt a WHERE a.attemptedAt < :cutoff"
                        + " ORDER BY a.attemptedAt", Long.class)
                .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
        return ids.isEmpty() ? 0 : entityManager.createQuery("DELETE FROM DeviceSetupAttempt a WHERE a.id IN :ids")
                .setParameter("ids", ids).executeUpdate();
    }
}
