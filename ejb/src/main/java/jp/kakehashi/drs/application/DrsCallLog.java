package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.kakehashi.drs.application.DashReplenishmentService.DrsAnswer;
import jp.kakehashi.drs.domain.DrsCall;

/** The log of calls to the DRS service, per device: what admins see of them. */
@Stateless
public class DrsCallLog {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    public void logCall(long deviceId, String endpoint, String slotId, DrsAnswer answer) {
        entityManager.persist(new DrsCall(
                deviceId,
                endpoint,
                slotId,
                answer.status(),
                answer.requestId(),
                answer.kind() + ": " + answer.description(),
                clock.instant(),
                answer.durationMillis()));
    }

    public Optional<DrsCall> call(long callId) {
        return Optional.ofNullable(entityManager.find(DrsCall.class, callId));
    }

    public List<DrsCall> calls(long deviceId, int max) {
        return entityManager
                .createNamedQuery(DrsCall.OF_DEVICE, DrsCall.class)
                .setParameter("deviceId", deviceId)
                .setMaxResults(max)
                .getResultList();
    }
}
