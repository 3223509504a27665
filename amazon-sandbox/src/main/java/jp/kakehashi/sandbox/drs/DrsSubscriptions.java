package jp.kakehashi.sandbox.drs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kakehashi.sandbox.lwa.DeviceModels;
import jp.kakehashi.sandbox.lwa.PreRegisteredDevices;
import jp.kakehashi.sandbox.lwa.domain.DeviceModel;
import jp.kakehashi.sandbox.lwa.domain.PreRegisteredDevice;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationPublisher;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationType;

/**
 * What the customer subscribed each slot of a device to. At setup every slot of the model gets the first product the
 * customer chose (at checkout or on the consent page); afterwards the customer changes a slot on Amazon's site (the
 * control API stands in for it), and Amazon tells the device maker with a SubscriptionChangedNotification.
 */
@ApplicationScoped
public class DrsSubscriptions {

    @Inject
    DrsSandboxConfig config;

    @Inject
    DeviceModels models;

    @Inject
    PreRegisteredDevices devices;

    @Inject
    DrsNotificationPublisher notifications;

    /** Slot to ASIN; a slot mapped to {@link #UNSUBSCRIBED} was turned off by the customer. */
    private final Map<String, Map<String, String>> changes = new ConcurrentHashMap<>();

    private static final String UNSUBSCRIBED = "";

    /** A slot's subscription: the product Amazon reorders, or none. */
    public record SlotSubscription(String slotId, String asin) {
        public boolean subscribed() {
            return asin != null;
        }
    }

    /** Every slot of the device's model, in the model's order, with what it is subscribed to. */
    public List<SlotSubscription> of(String modelId, String serial) {
        Map<String, String> changed = changes.getOrDefault(key(modelId, serial), Map.of());
        String chosen = chosenAtSetup(modelId, serial);
        return slotsOf(modelId).stream()
                .map(slot -> {
                    String asin = changed.getOrDefault(slot, chosen);
                    return new SlotSubscription(slot, asin == null || asin.equals(UNSUBSCRIBED) ? null : asin);
                })
                .toList();
    }

    public Optional<SlotSubscription> of(String modelId, String serial, String slotId) {
        return of(modelId, serial).stream()
                .filter(slot -> slot.slotId().equals(slotId))
                .findFirst();
    }

    /**
     * The customer subscribes a slot to a product of the model, or ends its subscription ({@code asin} null), and
     * Amazon publishes SubscriptionChangedNotification.
     *
     * @throws IllegalArgumentException when the device is not registered, the model has no such slot, or the ASIN is
     *                                  not one of the model's
     */
    public SlotSubscription change(String modelId, String serial, String slotId, String asin) {
        PreRegisteredDevice device = devices.find(modelId, serial)
                .orElseThrow(
                        () -> new IllegalArgumentException("Device " + modelId + "/" + serial + " is not registered"));
        if (!slotsOf(modelId).contains(slotId)) {
            throw new IllegalArgumentException("Model " + modelId + " has no slot " + slotId);
        }
        if (asin != null
                && !models.find(modelId)
                        .map(DeviceModel::asins)
                        .orElse(List.of())
                        .contains(asin)) {
            throw new IllegalArgumentException("ASIN " + asin + " is not a product of model " + modelId);
        }
        changes.computeIfAbsent(key(modelId, serial), ignored -> new ConcurrentHashMap<>())
                .put(slotId, asin == null ? UNSUBSCRIBED : asin);
        Map<String, Boolean> status = new LinkedHashMap<>();
        status.put(slotId, asin != null);
        notifications.publish(
                DrsNotificationType.SubscriptionChangedNotification,
                serial,
                modelId,
                device.directedCustomerId(),
                device.ownerClientId(),
                status,
                null);
        return new SlotSubscription(slotId, asin);
    }

    /** The device left DRS: a new setup starts from the customer's new choice. */
    public void forget(String modelId, String serial) {
        changes.remove(key(modelId, serial));
    }

    private List<String> slotsOf(String modelId) {
        return config.slotsByModel().getOrDefault(modelId, List.of());
    }

    /** The customer's choice at registration, else the model's first ASIN. */
    private String chosenAtSetup(String modelId, String serial) {
        return devices.find(modelId, serial)
                .map(PreRegisteredDevice::asins)
                .filter(asins -> !asins.isEmpty())
                .map(asins -> asins.get(0))
                .or(() -> models.find(modelId)
                        .map(DeviceModel::asins)
                        .filter(asins -> !asins.isEmpty())
                        .map(asins -> asins.get(0)))
                .orElse(null);
    }

    private static String key(String modelId, String serial) {
        return modelId + "/" + serial;
    }
}
