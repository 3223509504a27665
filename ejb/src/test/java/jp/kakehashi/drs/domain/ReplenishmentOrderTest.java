package jp.kakehashi.drs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplenishmentOrderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void anOrderStaysOpenFromItsRequestUntilDeliveredOrCancelled() {
        ReplenishmentOrder order = ReplenishmentOrder.requested(1, "coffee-beans", NOW);
        assertTrue(order.getState().isOpen());
        order.inDoubt(NOW);
        assertEquals(ReplenishmentOrder.State.IN_DOUBT, order.getState());
        assertTrue(order.getState().isOpen(), "in doubt, nothing new is asked for");
        order.placed("amzn1.dash.v2.o.1", "ORDER_INPROGRESS", NOW);
        assertEquals(ReplenishmentOrder.State.PLACED, order.getState());
        order.shipped("B0KKHCOF01", "2026-12-03T00:00:00Z", NOW);
        order.placed("amzn1.dash.v2.o.1", null, NOW);
        assertEquals(ReplenishmentOrder.State.SHIPPED, order.getState(), "a late OrderPlaced does not move it back");
        order.delivered(NOW);
        assertFalse(order.getState().isOpen());
        order.cancelled(NOW);
        assertEquals(ReplenishmentOrder.State.DELIVERED, order.getState(), "a delivered order stays delivered");
    }

    @Test
    void aRefusalFailsOnlyAnOrderStillAskedFor() {
        ReplenishmentOrder order = ReplenishmentOrder.requested(1, "coffee-beans", NOW);
        order.failed("REFUSED 403", NOW);
        assertEquals(ReplenishmentOrder.State.FAILED, order.getState());
        ReplenishmentOrder placed = ReplenishmentOrder.placedByAmazon(1, "coffee-beans", "amzn1.dash.v2.o.2", NOW);
        placed.failed("TOKEN_REFUSED", NOW);
        assertEquals(ReplenishmentOrder.State.PLACED, placed.getState());
    }

    @Test
    void aSlotIsLowAtOrBelowItsThresholdShareOfAFullContainer() {
        SlotDefinition slot =
                new SlotDefinition("KAKEHASHI_COFFEE_01", "coffee-beans", "コーヒー豆", 20, java.util.List.of("B0KKHCOF01"));
        assertTrue(slot.isLow(new BigDecimal("20"), new BigDecimal("100")));
        assertTrue(slot.isLow(new BigDecimal("0.5"), new BigDecimal("3")));
        assertFalse(slot.isLow(new BigDecimal("20.001"), new BigDecimal("100")));
        assertFalse(slot.isLow(new BigDecimal("1"), new BigDecimal("4")));
    }
}
