package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.drs.domain.Device;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Devices by id or by model and serial: the one lookup the setup, the notifications and replenishment share. */
@Stateless
public class DeviceRepository {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    public Optional<Device> device(long deviceId) {
        return Optional.ofNullable(entityManager.find(Device.class, deviceId));
    }

    public Optional<Device> find(String modelId, String serialNumber) {
        return entityManager.createNamedQuery(Device.BY_MODEL_AND_SERIAL, Device.class)
                .setParameter("modelId", modelId).setParameter("serialNumber", serialNumber)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Devices whose serial, model or customer contains {@code text} (any, when blank), most recently changed first. */
    public List<Device> search(String text, int first, int max) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return entityManager.createQuery("""
                        SELECT d FROM Device d
                        WHERE :text = '' OR LOWER(d.serialNumber) LIKE :like ESCAPE '\\' OR LOWER(d.modelId) LIKE :like ESCAPE '\\'
                           OR LOWER(d.directedCustomerId) LIKE :like ESCAPE '\\'
                        ORDER BY d.updatedAt DESC, d.id DESC""", Device.class)
                .setParameter("text", lower).setParameter("like", "%" + escapeLike(lower) + "%")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
    }

    public long count() {
        return entityManager.createQuery("SELECT COUNT(d) FROM Device d", Long.class).getSingleResult();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
