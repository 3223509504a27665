package jp.kakehashi.admin.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import jp.kakehashi.shared.persistence.OldestRows;

/**
 * One batch of pruning of admin's own records, in a transaction of its own; the other features prune theirs behind
 * their retention ports (SnsRetention, DrsRetention).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionBatches {

    private static final OldestRows AUDIT_ENTRIES = new OldestRows("AuditEntry", "id", "occurredAt");

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    public int auditEntries(Instant cutoff, int max) {
        return AUDIT_ENTRIES.delete(entityManager, cutoff, max);
    }
}
