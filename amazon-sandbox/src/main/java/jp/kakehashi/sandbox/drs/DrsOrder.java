package jp.kakehashi.sandbox.drs;

import java.time.Instant;

/**
 * An order the sandbox placed for a device's slot. In progress from placed until delivered or cancelled: while it is,
 * a Replenish for the slot answers ORDER_INPROGRESS and places nothing.
 */
public record DrsOrder(
        String eventInstanceId,
        String modelId,
        String serial,
        String slotId,
        String asin,
        String directedCustomerId,
        String lwaClientId,
        State state,
        Instant placedAt,
        Instant updatedAt) {

    public enum State {
        PLACED,
        SHIPPED,
        DELIVERED,
        CANCELLED
    }

    public boolean inProgress() {
        return state == State.PLACED || state == State.SHIPPED;
    }

    DrsOrder moveTo(State next, Instant now) {
        return new DrsOrder(
                eventInstanceId, modelId, serial, slotId, asin, directedCustomerId, lwaClientId, next, placedAt, now);
    }

    boolean isFor(String model, String serialNumber, String slot) {
        return modelId.equals(model) && serial.equals(serialNumber) && slotId.equals(slot);
    }
}
