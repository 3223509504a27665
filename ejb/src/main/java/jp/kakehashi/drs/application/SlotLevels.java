package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceSlotKey;
import jp.kakehashi.drs.domain.SlotDefinition;
import jp.kakehashi.drs.domain.SlotLevel;

/** The slots a model has, and what each device last reported of them. */
@Stateless
public class SlotLevels {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    public Optional<SlotDefinition> slot(String modelId, String slotId) {
        return Optional.ofNullable(entityManager.find(SlotDefinition.class, new SlotDefinition.Key(modelId, slotId)));
    }

    public List<SlotDefinition> slotsOf(String modelId) {
        return entityManager
                .createNamedQuery(SlotDefinition.OF_MODEL, SlotDefinition.class)
                .setParameter("modelId", modelId)
                .getResultList();
    }

    public void recordLevel(long deviceId, String slotId, BigDecimal remaining, BigDecimal original) {
        SlotLevel level = entityManager.find(SlotLevel.class, new DeviceSlotKey(deviceId, slotId));
        if (level == null) {
            level = new SlotLevel(deviceId, slotId);
            level.report(remaining, original, clock.instant());
            entityManager.persist(level);
        } else {
            level.report(remaining, original, clock.instant());
        }
    }

    public List<SlotLevel> levels(long deviceId) {
        return entityManager
                .createNamedQuery(SlotLevel.OF_DEVICE, SlotLevel.class)
                .setParameter("deviceId", deviceId)
                .getResultList();
    }

    public Optional<SlotLevel> level(long deviceId, String slotId) {
        return Optional.ofNullable(entityManager.find(SlotLevel.class, new DeviceSlotKey(deviceId, slotId)));
    }

    /** The device's most recent activity: its latest slot report, else its last change. */
    public Instant lastActivity(long deviceId) {
        Instant latestReport = levels(deviceId).stream()
                .map(SlotLevel::getReportedAt)
                .max(Instant::compareTo)
                .orElse(null);
        Device device = entityManager.find(Device.class, deviceId);
        Instant changed = device == null ? clock.instant() : device.getUpdatedAt();
        return latestReport != null && latestReport.isAfter(changed) ? latestReport : changed;
    }
}
