package jp.kakehashi.drs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import jp.kakehashi.drs.application.Replenishment;
import jp.kakehashi.drs.domain.SlotDefinition;
import org.junit.jupiter.api.Test;

class DeviceReplenishmentTest {

    @Test
    void quantitiesAreWrittenAsPeopleWriteThem() {
        DeviceReplenishment page = new DeviceReplenishment();
        assertEquals("1", page.quantity(new BigDecimal("1.000")));
        assertEquals("2.5", page.quantity(new BigDecimal("2.500")));
        assertEquals("", page.quantity(null));
    }

    @Test
    void anOrdersSlotIsNamedAsTheModelNamesItOrByItsIdWhenGone() {
        SlotDefinition beans =
                new SlotDefinition("KAKEHASHI_COFFEE_01", "coffee-beans", "コーヒー豆", 20, List.of("B0KKHCOF01"));
        DeviceReplenishment.DeviceSlots device = new DeviceReplenishment.DeviceSlots(
                "KAKEHASHI_COFFEE_01",
                "Kakehashi Coffee",
                "KCF01-00000001",
                List.of(new Replenishment.SlotView(beans, null, null, null)),
                List.of());

        assertEquals("コーヒー豆", device.slotName("coffee-beans"));
        assertEquals("milk", device.slotName("milk"));
    }
}
