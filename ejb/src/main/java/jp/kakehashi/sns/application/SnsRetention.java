package jp.kakehashi.sns.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import jp.kakehashi.shared.persistence.OldestRows;

/** Prunes what the sns feature stores, one batch per transaction (admin's DataRetention decides when and how much). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SnsRetention {

    /** A parked notification still waits to be applied: it is kept with what it came in. */
    private static final OldestRows NOTIFICATIONS = new OldestRows(
            "SnsNotification",
            "messageId",
            "receivedAt",
            "NOT EXISTS (SELECT p FROM ParkedNotification p WHERE p.snsMessageId = r.messageId)");

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    /** SNS notifications received before the cutoff, except those parked. */
    public int pruneNotifications(Instant cutoff, int max) {
        return NOTIFICATIONS.delete(entityManager, cutoff, max);
    }
}
