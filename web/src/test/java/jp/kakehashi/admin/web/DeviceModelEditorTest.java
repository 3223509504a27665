package jp.kakehashi.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kakehashi.admin.application.SlotDraft;
import org.junit.jupiter.api.Test;

class DeviceModelEditorTest {

    @Test
    void aSlotRowBecomesTheDraftTheServiceChecks() {
        DeviceModelEditor.SlotRow row = new DeviceModelEditor.SlotRow();
        row.setSlotId("coffee-beans");
        row.setDisplayName("コーヒー豆");
        row.setLowThresholdPercent(15);
        row.setAsins("B0KKHCOF01, B0KKHCOF02 B0KKHCOF01");

        assertEquals(new SlotDraft("coffee-beans", "コーヒー豆", 15, List.of("B0KKHCOF01", "B0KKHCOF02")), row.toDraft());
    }

    @Test
    void anEmptyRowIsLeftOutAndAMissingThresholdIsRefusedByTheRules() {
        DeviceModelEditor.SlotRow row = new DeviceModelEditor.SlotRow();
        assertTrue(row.isBlank());
        row.setSlotId("milk");
        row.setLowThresholdPercent(null);
        assertFalse(row.isBlank());
        assertEquals(-1, row.toDraft().lowThresholdPercent(), "out of 0..100: the slot's rule names it");
    }
}
