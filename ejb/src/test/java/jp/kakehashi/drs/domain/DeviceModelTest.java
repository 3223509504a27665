package jp.kakehashi.drs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceModelTest {

    private final DeviceModel testModel =
            new DeviceModel("TEST_MODEL_DRS_PREREG_01", "Test device", "TEST_SERIAL_[0-9]{2}", Set.of());

    @Test
    void acceptsOnlySerialsThatMatchTheWholeExpression() {
        assertTrue(testModel.acceptsSerialNumber("TEST_SERIAL_01"));
        assertTrue(testModel.acceptsSerialNumber("TEST_SERIAL_02"));
        assertFalse(testModel.acceptsSerialNumber("TEST_SERIAL_1"));
        assertFalse(testModel.acceptsSerialNumber("xTEST_SERIAL_01"));
        assertFalse(testModel.acceptsSerialNumber("TEST_SERIAL_012"));
        assertFalse(testModel.acceptsSerialNumber(null));
    }

    @Test
    void refusesAnExpressionThatDoesNotCompile() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new DeviceModel("M1", "Broken", "[A-Z", Set.of()));
        assertTrue(e.getMessage().contains("not a valid regular expression"));
    }

    @Test
    void keepsItsOwnLimitsAndAsinFormatWhenDescribedAgain() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new DeviceModel("M1", "N".repeat(DeviceModel.MAX_DISPLAY_NAME_LENGTH + 1), ".*", Set.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new DeviceModel("M1", "Name", "[0-9]".repeat(DeviceModel.MAX_PATTERN_LENGTH), Set.of()));
        IllegalArgumentException notAsin = assertThrows(
                IllegalArgumentException.class, () -> new DeviceModel("M1", "Name", ".*", Set.of("b0lowercase")));
        assertTrue(notAsin.getMessage().contains("b0lowercase"), notAsin.getMessage());

        DeviceModel model = new DeviceModel("M1", "Name", "M1-[0-9]{4}", Set.of("B0KKHCOF01"));
        assertThrows(IllegalArgumentException.class, () -> model.describe("Renamed", "[", Set.of("B0KKHCOF01")));
        assertEquals("Name", model.getDisplayName(), "a refused change changes nothing");
        assertEquals(Set.of("B0KKHCOF01"), model.getAsins());
    }

    @Test
    void requiresAnIdANameAndAnExpression() {
        assertThrows(IllegalArgumentException.class, () -> new DeviceModel(" ", "Name", ".*", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new DeviceModel("M1", null, ".*", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new DeviceModel("M1", "Name", "", Set.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new DeviceModel("M".repeat(DeviceModel.MAX_MODEL_ID_LENGTH + 1), "Name", ".*", Set.of()));
    }

    @Test
    void trimsWhatAdminsType() {
        DeviceModel model = new DeviceModel(" M1 ", " Coffee maker ", " CM[0-9]+ ", Set.of("B000TEST01"));
        assertEquals("M1", model.getModelId());
        assertEquals("Coffee maker", model.getDisplayName());
        assertEquals("CM[0-9]+", model.getSerialNumberPattern());
        assertEquals(Set.of("B000TEST01"), model.getAsins());
    }
}
