package jp.kakehashi.sandbox.lwa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.kakehashi.sandbox.lwa.domain.PreRegisteredDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreRegisteredDevicesTest {

    private static final String CUSTOMER = LwaSeedData.HANAKO.directedCustomerId();

    @TempDir
    Path dir;

    @Test
    void theSeedDevicesAreListedWithTheirOwningClient() {
        PreRegisteredDevices devices = new LwaFixture(dir).devices;

        List<PreRegisteredDevice> listed = devices.list();

        assertEquals(
                List.of("KCF01-00000001", "TEST_SERIAL_01", "TEST_SERIAL_02"),
                listed.stream().map(PreRegisteredDevice::serial).toList());
        assertEquals(
                "foodev",
                devices.find(LwaSeedData.TEST_MODEL, "TEST_SERIAL_01")
                        .orElseThrow()
                        .ownerClientId());
        assertEquals(
                LwaFixture.DEMO_CLIENT_ID,
                devices.find(LwaSeedData.COFFEE_MODEL, "KCF01-00000001")
                        .orElseThrow()
                        .ownerClientId());
    }

    @Test
    void aDeviceIsPreRegisteredWhenItsSerialMatchesTheModel() {
        PreRegisteredDevices devices = new LwaFixture(dir).devices;

        PreRegisteredDevice device =
                devices.preRegister("KCF01-12345678", LwaSeedData.COFFEE_MODEL, CUSTOMER, List.of("B0KKHCOF02"));

        assertEquals(PreRegisteredDevice.Source.PRE_REGISTRATION, device.source());
        assertEquals(
                device, devices.find(LwaSeedData.COFFEE_MODEL, "KCF01-12345678").orElseThrow());
        assertTrue(devices.remove(LwaSeedData.COFFEE_MODEL, "KCF01-12345678"));
        assertFalse(devices.remove(LwaSeedData.COFFEE_MODEL, "KCF01-12345678"));
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        PreRegisteredDevices devices = new LwaFixture(dir).devices;
        int before = devices.list().size();

        IllegalArgumentException badSerial = assertThrows(
                IllegalArgumentException.class,
                () -> devices.preRegister("KCF01-1234567", LwaSeedData.COFFEE_MODEL, CUSTOMER));
        assertTrue(badSerial.getMessage().contains("KCF01-[0-9]{8}"), badSerial.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> devices.preRegister("KCF01-12345678x", LwaSeedData.COFFEE_MODEL, CUSTOMER));
        assertThrows(IllegalArgumentException.class, () -> devices.preRegister("X", "NO_SUCH_MODEL", CUSTOMER));
        assertThrows(
                IllegalArgumentException.class,
                () -> devices.preRegister("KCF01-12345678", LwaSeedData.COFFEE_MODEL, "hanako"));
        assertThrows(
                IllegalArgumentException.class,
                () -> devices.preRegister("KCF01-12345678", LwaSeedData.COFFEE_MODEL, CUSTOMER, List.of("B0TESTDRS1")));
        assertThrows(
                IllegalStateException.class,
                () -> devices.preRegister("TEST_SERIAL_01", LwaSeedData.TEST_MODEL, CUSTOMER));
        assertEquals(before, devices.list().size());
    }

    @Test
    void consentReplacesAnEarlierRegistration() {
        PreRegisteredDevices devices = new LwaFixture(dir).devices;

        devices.setUpThroughConsent(
                "KCF01-00000001",
                LwaSeedData.COFFEE_MODEL,
                LwaSeedData.TARO.directedCustomerId(),
                List.of("B0KKHCOF03"));

        PreRegisteredDevice device =
                devices.find(LwaSeedData.COFFEE_MODEL, "KCF01-00000001").orElseThrow();
        assertEquals(LwaSeedData.TARO.directedCustomerId(), device.directedCustomerId());
        assertEquals(List.of("B0KKHCOF03"), device.asins());
        assertEquals(PreRegisteredDevice.Source.CONSENT, device.source());
    }
}
