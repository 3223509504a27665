package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import jp.kakehashi.drs.domain.DeviceSetupAttempt;
import jp.kakehashi.drs.domain.ReplenishmentOrder;

/** What the admin dashboard and the operations metrics count of replenishment. */
@Stateless
public class ReplenishmentDashboard {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    /**
     * What the admin dashboard shows of replenishment: orders open and in doubt, DRS calls that failed since
     * {@code since}, set-up devices whose subscriptions wait to be read, and device setups since {@code since} that did
     * not prove the customer (guessed or mistyped serials, or members who must go through Amazon's consent).
     */
    public record Counts(
            long openOrders,
            long ordersInDoubt,
            long failedCalls,
            long subscriptionChecksWaiting,
            long unprovenSetups) {}

    public Counts counts(Instant since) {
        long open = entityManager
                .createQuery("SELECT COUNT(o) FROM ReplenishmentOrder o WHERE o.state IN :open", Long.class)
                .setParameter("open", ReplenishmentOrder.State.OPEN)
                .getSingleResult();
        long inDoubt = entityManager
                .createQuery("SELECT COUNT(o) FROM ReplenishmentOrder o WHERE o.state = :inDoubt", Long.class)
                .setParameter("inDoubt", ReplenishmentOrder.State.IN_DOUBT)
                .getSingleResult();
        long failed = entityManager
                .createQuery(
                        "SELECT COUNT(c) FROM DrsCall c WHERE c.calledAt >= :since AND c.outcome NOT LIKE 'OK%'",
                        Long.class)
                .setParameter("since", since)
                .getSingleResult();
        long waiting = entityManager
                .createQuery(
                        "SELECT COUNT(s) FROM SubscriptionCheckDue s, Device d WHERE d.id = s.deviceId"
                                + " AND d.status = jp.kakehashi.drs.domain.DeviceStatus.SET_UP",
                        Long.class)
                .getSingleResult();
        long unproven = entityManager
                .createNamedQuery(DeviceSetupAttempt.COUNT_UNPROVEN_SINCE, Long.class)
                .setParameter("since", since)
                .getSingleResult();
        return new Counts(open, inDoubt, failed, waiting, unproven);
    }
}
