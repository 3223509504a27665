package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.kakehashi.drs.domain.DeviceStatusDue;

/** When each set-up device reports its next DeviceStatus (DailyDeviceStatus), claimed by one server at a time. */
@Stateless
public class DeviceStatusSchedule {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    /**
     * Gives set-up devices without one a first DeviceStatus time, spread at random over {@code firstWithin}: devices
     * set up together do not call Amazon together. How many were scheduled.
     */
    public int scheduleDeviceStatus(Instant now, Duration firstWithin, int max) {
        List<Long> unscheduled = entityManager
                .createNamedQuery(DeviceStatusDue.UNSCHEDULED, Long.class)
                .setMaxResults(max)
                .getResultList();
        long spreadMillis = Math.max(1, firstWithin.toMillis());
        for (Long deviceId : unscheduled) {
            entityManager.persist(new DeviceStatusDue(
                    deviceId, now.plusMillis(ThreadLocalRandom.current().nextLong(spreadMillis))));
        }
        return unscheduled.size();
    }

    /**
     * Claims up to {@code max} devices whose DeviceStatus is due, moving each one's time on by {@code interval}; a
     * device another server claimed first is left to it.
     */
    public List<Long> claimDeviceStatusDue(Instant now, Duration interval, int max) {
        List<DeviceStatusDue> due = entityManager
                .createNamedQuery(DeviceStatusDue.DUE, DeviceStatusDue.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        List<Long> claimed = new ArrayList<>();
        for (DeviceStatusDue device : due) {
            int updated = entityManager
                    .createNamedQuery(DeviceStatusDue.CLAIM)
                    .setParameter("next", now.plus(interval))
                    .setParameter("deviceId", device.getDeviceId())
                    .setParameter("seen", device.getDueAt())
                    .executeUpdate();
            if (updated == 1) {
                claimed.add(device.getDeviceId());
            }
        }
        return claimed;
    }
}
