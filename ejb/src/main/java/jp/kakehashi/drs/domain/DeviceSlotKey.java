package jp.kakehashi.drs.domain;

import java.io.Serializable;
import java.util.Objects;

/** The key of what Kakehashi keeps per slot of a device (its level, its subscription): the device and the slot's id. */
public class DeviceSlotKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private long deviceId;
    private String slotId;

    public DeviceSlotKey() {
        // for JPA
    }

    public DeviceSlotKey(long deviceId, String slotId) {
        this.deviceId = deviceId;
        this.slotId = slotId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeviceSlotKey key && deviceId == key.deviceId && Objects.equals(slotId, key.slotId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, slotId);
    }
}
