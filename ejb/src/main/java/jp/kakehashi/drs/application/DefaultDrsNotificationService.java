package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceEvent;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceNotYetKnownException;
import jp.kakehashi.drs.domain.DeviceOwnershipChanged;
import jp.kakehashi.drs.domain.DeviceRegistered;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.DrsNotification;
import jp.kakehashi.drs.domain.DrsNotificationParser;
import jp.kakehashi.drs.domain.DrsNotificationType;
import jp.kakehashi.drs.domain.UnprocessableNotificationException;

@Stateless
public class DefaultDrsNotificationService implements DrsNotificationService {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private Event<DeviceRegistered> registrations;

    @Inject
    private Event<DeviceOwnershipChanged> ownershipChanges;

    @Inject
    private ReplenishmentOrders orders;

    @Inject
    private DeviceSubscriptions subscriptions;

    @Inject
    private DeviceRepository devices;

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
            throw new UnprocessableNotificationException(
                    "serial number does not match the expression of model " + model.getModelId());
        }
        Instant now = clock.instant();
        Optional<Device> known = devices.find(model.getModelId(), notification.serialNumber());
        if (known.isEmpty() && notification.type() != DrsNotificationType.DEVICE_REGISTERED) {
            // Only Amazon's registration brings a device in; the rest waits for it, parked.
            throw new DeviceNotYetKnownException(
                    model.getModelId(),
                    notification.serialNumber(),
                    notification.type().wireName());
        }
        // Locked: a member's setup of the same device is decided before or after this, never in between.
        known.ifPresent(device -> entityManager.refresh(device, LockModeType.PESSIMISTIC_WRITE));
        Device device = known.orElseGet(() -> {
            Device created =
                    new Device(model.getModelId(), notification.serialNumber(), notification.notificationTime(), now);
            entityManager.persist(created);
            return created;
        });
        Long heldBy = device.getMemberId();
        boolean changedHands = device.apply(notification, now);
        if (notification.type() == DrsNotificationType.DEVICE_DEREGISTERED || changedHands) {
            // Replenishment has ended, or the device belongs to another customer now: the tokens must not outlive it.
            destroyTokens(device);
            if (device.getId() != null) {
                subscriptions.forgetSubscriptions(device.getId());
            }
        }
        if (changedHands) {
            ownershipChanges.fire(new DeviceOwnershipChanged(
                    device.getId(),
                    device.getModelId(),
                    device.getSerialNumber(),
                    heldBy,
                    null,
                    DeviceOwnershipChanged.Cause.REGISTERED_TO_ANOTHER_CUSTOMER,
                    "amazon"));
        }
        entityManager.flush();
        entityManager.persist(new DeviceEvent(device, notification, snsMessageId, payload, now));
        applyToOrders(device, notification.type(), payload);
        if (notification.type() == DrsNotificationType.SUBSCRIPTION_CHANGED && payload != null) {
            subscriptions.applySubscriptionChange(
                    device.getId(), DrsNotificationParser.slotsSubscriptionStatus(payload));
        }
        if (notification.type() == DrsNotificationType.DEVICE_REGISTERED) {
            registrations.fire(new DeviceRegistered(device.getModelId(), device.getSerialNumber()));
        }
        return true;
    }

    /** Order and shipment notifications move the device's orders on (the member's page and the no-second-order rule). */
    private void applyToOrders(Device device, DrsNotificationType type, String payload) {
        ReplenishmentOrders.OrderNotice.Kind kind = switch (type) {
            case ORDER_PLACED -> ReplenishmentOrders.OrderNotice.Kind.PLACED;
            case ITEM_SHIPPED -> ReplenishmentOrders.OrderNotice.Kind.SHIPPED;
            case ITEM_DELIVERED -> ReplenishmentOrders.OrderNotice.Kind.DELIVERED;
            case ORDER_CANCELLED -> ReplenishmentOrders.OrderNotice.Kind.CANCELLED;
            default -> null;
        };
        if (kind == null || payload == null) {
            return;
        }
        DrsNotificationParser.orderInfo(payload)
                .ifPresent(order -> orders.applyOrderNotification(
                        device.getId(),
                        new ReplenishmentOrders.OrderNotice(
                                kind,
                                order.instanceId(),
                                order.slotId(),
                                order.asin(),
                                order.estimatedDeliveryDate())));
    }

    private void destroyTokens(Device device) {
        if (device.getId() != null) {
            DeviceTokens tokens = entityManager.find(DeviceTokens.class, device.getId());
            if (tokens != null) {
                entityManager.remove(tokens);
            }
        }
    }

    @Override
    public List<Device> devicesOfCustomer(String directedCustomerId) {
        return entityManager
                .createNamedQuery(Device.BY_CUSTOMER, Device.class)
                .setParameter("customerId", directedCustomerId)
                .getResultList();
    }

    @Override
    public List<DeviceEvent> eventsOf(Device device) {
        return entityManager
                .createNamedQuery(DeviceEvent.BY_DEVICE, DeviceEvent.class)
                .setParameter("deviceId", device.getId())
                .getResultList();
    }
}
