package jp.kakehashi.admin.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.admin.domain.AuditEntry;
import jp.kakehashi.member.domain.MemberAccountChanged;

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

    @Override
    public List<AuditEntry> concerningMember(long memberId, int max) {
        return entityManager
                .createNamedQuery(AuditEntry.CONCERNING_MEMBER, AuditEntry.class)
                .setParameter("actor", MemberAccountChanged.memberActor(memberId))
                .setParameter("target", "member " + memberId)
                .setMaxResults(Math.max(1, max))
                .getResultList();
    }

    /** Written in place of a deleted member's identifiers. */
    static final String FORGOTTEN = "(deleted member)";

    @Override
    public int forget(Set<String> identifiers) {
        int changed = 0;
        for (String identifier : identifiers) {
            if (identifier != null && !identifier.isBlank()) {
                changed += entityManager
                        .createNamedQuery(AuditEntry.FORGET_IDENTIFIER)
                        .setParameter("identifier", identifier)
                        .setParameter("forgotten", FORGOTTEN)
                        .executeUpdate();
            }
        }
        return changed;
    }
}
