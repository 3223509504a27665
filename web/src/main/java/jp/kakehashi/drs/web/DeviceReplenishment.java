package jp.kakehashi.drs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import jp.kakehashi.drs.application.Replenishment;
import jp.kakehashi.drs.domain.ReplenishmentOrder;

/**
 * The member's set-up devices with their slots (each slot's subscription, last level and latest order) and their last
 * orders: the devices page.
 */
@Named
@RequestScoped
public class DeviceReplenishment {

    public record DeviceSlots(
            String modelId,
            String modelName,
            String serialNumber,
            List<Replenishment.SlotView> slots,
            List<ReplenishmentOrder> orders) {
        /** The slot's name on the member's page; its id when the model no longer has it. */
        public String slotName(String slotId) {
            return slots.stream()
                    .filter(slot -> slot.slot().getSlotId().equals(slotId))
                    .findFirst()
                    .map(slot -> slot.slot().getDisplayName())
                    .orElse(slotId);
        }
    }

    /** How many of each device's orders the page lists. */
    static final int ORDERS_SHOWN = 5;

    @Inject
    private MemberDeviceList memberDevices;

    @Inject
    private Replenishment replenishment;

    private List<DeviceSlots> devices;

    public List<DeviceSlots> getDevices() {
        if (devices == null) {
            long memberId = memberDevices.claimant().memberId();
            devices = memberDevices.devices().stream()
                    .filter(device -> device.held() && "SET_UP".equals(device.status()))
                    .map(device -> replenishment
                            .slotsAndOrders(memberId, device.modelId(), device.serialNumber(), ORDERS_SHOWN)
                            .map(view -> new DeviceSlots(
                                    device.modelId(),
                                    device.modelName(),
                                    device.serialNumber(),
                                    view.slots(),
                                    view.latestOrders()))
                            .orElseGet(() -> new DeviceSlots(
                                    device.modelId(), device.modelName(), device.serialNumber(), List.of(), List.of())))
                    .filter(device -> !device.slots().isEmpty())
                    .toList();
        }
        return devices;
    }

    /** A quantity as people write it: 1, not 1.000. */
    public String quantity(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }
}
