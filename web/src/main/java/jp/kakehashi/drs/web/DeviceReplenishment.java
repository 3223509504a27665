package jp.kakehashi.drs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.drs.application.Replenishment;

import java.util.List;

/** The member's set-up devices with their slots: each slot's last level and its latest order (the devices page). */
@Named
@RequestScoped
public class DeviceReplenishment {

    public record DeviceSlots(String modelId, String serialNumber, List<Replenishment.SlotView> slots) {
    }

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
                    .map(device -> new DeviceSlots(device.modelId(), device.serialNumber(),
                            replenishment.slots(memberId, device.modelId(), device.serialNumber()).orElse(List.of())))
                    .filter(device -> !device.slots().isEmpty())
                    .toList();
        }
        return devices;
    }
}
