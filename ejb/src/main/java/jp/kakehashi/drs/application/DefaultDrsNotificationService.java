package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceEvent;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceRegistered;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.DrsNotification;
import jp.kakehashi.drs.domain.DrsNotificationType;
import jp.kakehashi.drs.domain.UnprocessableNotificationException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultDrsNotificationService implements DrsNotificationService {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private Event<DeviceRegistered> registrations;

    private final Clock clock = Clock.systemUTC();

    @Override
    public boolean apply(DrsNotification notification, String snsMessageId, String payload) {
        if (entityManager.find(DeviceEvent.class, notification.notificationId()) != null) {
            return false;
        }
        DeviceModel model = entityManager.find(DeviceModel.class, notification.modelId());
        if (model == null) {
            throw new UnprocessableNotificationException("unknown device model " + notification.modelId());
        }
        if (!model.acceptsSerialNumber(notification.serialNumber())) {
            throw new UnprocessableNotificationException("serial number does not match the expression of model "
                    + model.getModelId());
        }
        Instant now = clock.instant();
        Device device = findDevice(model.getModelId(), notification.serialNumber()).orElseGet(() -> {
            Device created = new Device(model.getModelId(), notification.serialNumber(), notification.notificationTime(), now);
            entityManager.persist(created);
            return created;
        });
        device.apply(notification, now);
        if (notification.type() == DrsNotificationType.DEVICE_DEREGISTERED && device.getId() != null) {
            // Replenishment has ended: the tokens must not outlive it.
            DeviceTokens tokens = entityManager.find(DeviceTokens.class, device.getId());
            if (tokens != null) {
                entityManager.remove(tokens);
            }
        }
        entityManager.flush();
        entityManager.persist(new DeviceEvent(device, notification, snsMessageId, payload, now));
        if (notification.type() == DrsNotificationType.DEVICE_REGISTERED) {
            registrations.fire(new DeviceRegistered(device.getModelId(), device.getSerialNumber()));
        }
        return true;
    }

    @Override
    public Optional<Device> findDevice(String modelId, String serialNumber) {
        return entityManager.createNamedQuery(Device.BY_MODEL_AND_SERIAL, Device.class)
                .setParameter("modelId", modelId)
                .setParameter("serialNumber", serialNumber)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<Device> devicesOfCustomer(String directedCustomerId) {
        return entityManager.createNamedQuery(Device.BY_CUSTOMER, Device.class)
                .setParameter("customerId", directedCustomerId)
                .getResultList();
    }

    @Override
    public List<DeviceEvent> eventsOf(Device device) {
        return entityManager.createNamedQuery(DeviceEvent.BY_DEVICE, DeviceEvent.class)
                .setParameter("deviceId", device.getId())
                .getResultList();
    }
}
