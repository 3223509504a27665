package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.kakehashi.drs.domain.Device;

/** Devices by id or by model and serial: the one lookup the setup, the notifications and replenishment share. */
@Stateless
public class DeviceRepository {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    public Optional<Device> device(long deviceId) {
        return Optional.ofNullable(entityManager.find(Device.class, deviceId));
    }

    public Optional<Device> find(String modelId, String serialNumber) {
        return entityManager
                .createNamedQuery(Device.BY_MODEL_AND_SERIAL, Device.class)
                .setParameter("modelId", modelId)
                .setParameter("serialNumber", serialNumber)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    public long count() {
        return entityManager
                .createQuery("SELECT COUNT(d) FROM Device d", Long.class)
                .getSingleResult();
    }
}
