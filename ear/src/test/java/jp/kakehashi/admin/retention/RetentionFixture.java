package jp.kakehashi.admin.retention;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import jp.kakehashi.admin.domain.AuditEntry;
import jp.kakehashi.sns.domain.SnsNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

/** Rows as old as a test needs, written straight through the persistence unit (test archive only). */
@Stateless
public class RetentionFixture {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    public void snsNotification(String messageId, Instant receivedAt) {
        entityManager.persist(new SnsNotification(
                new SnsNotificationMessage(
                        messageId, "arn:aws:sns:us-east-1:123456789012:retention-it", null, "{}", receivedAt),
                receivedAt));
    }

    public boolean snsNotificationKept(String messageId) {
        return entityManager.find(SnsNotification.class, messageId) != null;
    }

    public long auditEntry(String target, Instant occurredAt) {
        AuditEntry entry = new AuditEntry(
                "retention-it", jp.kakehashi.admin.domain.AdminAction.PURGE_QUEUE, target, "old", occurredAt);
        entityManager.persist(entry);
        entityManager.flush();
        return entry.getId();
    }

    public boolean auditEntryKept(long id) {
        return entityManager.find(AuditEntry.class, id) != null;
    }
}
