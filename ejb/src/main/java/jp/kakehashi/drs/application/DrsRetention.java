package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import jp.kakehashi.shared.persistence.OldestRows;

/** Prunes what the drs feature logs, one batch per transaction (admin's DataRetention decides when and how much). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DrsRetention {

    private static final OldestRows DEVICE_EVENTS = new OldestRows("DeviceEvent", "notificationId", "receivedAt");
    private static final OldestRows CALLS = new OldestRows("DrsCall", "id", "calledAt");
    private static final OldestRows SETUP_ATTEMPTS = new OldestRows("DeviceSetupAttempt", "id", "attemptedAt");

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    /** DRS notifications applied to devices before the cutoff (the device's history). */
    public int pruneDeviceEvents(Instant cutoff, int max) {
        return DEVICE_EVENTS.delete(entityManager, cutoff, max);
    }

    public int pruneCalls(Instant cutoff, int max) {
        return CALLS.delete(entityManager, cutoff, max);
    }

    /** Setup attempts are counted within drs.setup-attempts.window only. */
    public int pruneSetupAttempts(Instant cutoff, int max) {
        return SETUP_ATTEMPTS.delete(entityManager, cutoff, max);
    }
}
