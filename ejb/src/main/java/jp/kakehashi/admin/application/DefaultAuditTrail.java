package jp.kakehashi.admin.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.admin.domain.AuditEntry;

import java.time.Clock;
import java.util.logging.Logger;

@Stateless
public class DefaultAuditTrail implements AuditTrail {

    private static final Logger LOG = Logger.getLogger(DefaultAuditTrail.class.getName());

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void record(String actor, AdminAction action, String target, String detail) {
        entityManager.persist(new AuditEntry(actor, action, target, detail, clock.instant()));
        LOG.info(() -> "Admin " + actor + ": " + action + " " + target);
    }
}
