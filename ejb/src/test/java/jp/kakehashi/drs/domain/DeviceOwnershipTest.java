package jp.kakehashi.drs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may hold a device, and the only ways it changes hands. */
class DeviceOwnershipTest {

    private static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    private static final DeviceClaimant ALICE = new DeviceClaimant(1, null);
    private static final DeviceClaimant BOB = new DeviceClaimant(2, "amzn1.account.BOB");

    private static Device device() {
        return new Device("KAKEHASHI_COFFEE_01", "KCF01-00000001", T0, T0);
    }

    private static DrsNotification registration(String customer, Instant at) {
        return new DrsNotification(
                DrsNotificationType.DEVICE_REGISTERED,
                "n-" + at,
                "client",
                at,
                "KCF01-00000001",
                "KAKEHASHI_COFFEE_01",
                customer);
    }

    @Test
    void aDeviceNobodyHoldsIsClaimableByAnyMember() {
        assertTrue(device().claimableBy(ALICE));
        assertTrue(device().claimableBy(BOB));
    }

    @Test
    void aHeldDeviceIsClaimableByItsMemberOnly() {
        Device device = device();
        device.setUpBy(ALICE, T0);

        assertTrue(device.claimableBy(ALICE));
        assertFalse(device.claimableBy(BOB));
        assertThrows(IllegalStateException.class, () -> device.setUpBy(BOB, T0));
        assertEquals(1L, device.getMemberId());
    }

    @Test
    void theAmazonCustomerAmazonRegisteredItToTakesItOver() {
        Device device = device();
        device.apply(registration("amzn1.account.BOB", T0.plusSeconds(1)), T0);
        device.setUpBy(ALICE, T0);

        assertTrue(device.claimableBy(BOB), "Bob's linked Amazon account is the device's customer");
        assertEquals(1L, device.setUpBy(BOB, T0.plusSeconds(2)).orElseThrow(), "taken from Alice");
        assertEquals(2L, device.getMemberId());
        assertFalse(device.claimableBy(ALICE));
    }

    @Test
    void aMemberWithoutALinkedAmazonAccountNeverMatchesAnUnknownCustomer() {
        Device device = device();
        device.setUpBy(BOB, T0);

        assertFalse(device.claimableBy(new DeviceClaimant(3, null)));
        assertFalse(device.registeredToAmazonAccountOf(new DeviceClaimant(3, null)));
    }

    @Test
    void aRegistrationToAnotherCustomerReleasesTheDevice() {
        Device device = device();
        device.apply(registration("amzn1.account.FIRST", T0.plusSeconds(1)), T0);
        device.setUpBy(ALICE, T0);

        boolean changedHands = device.apply(registration("amzn1.account.SECOND", T0.plusSeconds(2)), T0);

        assertTrue(changedHands);
        assertNull(device.getMemberId());
        assertEquals(DeviceStatus.PRE_REGISTERED, device.getStatus());
        assertEquals("amzn1.account.SECOND", device.getDirectedCustomerId());
    }

    @Test
    void aRegistrationToTheSameCustomerOrAnOlderOneChangesNoHands() {
        Device device = device();
        device.apply(registration("amzn1.account.FIRST", T0.plusSeconds(5)), T0);
        device.setUpBy(ALICE, T0);

        assertFalse(device.apply(registration("amzn1.account.FIRST", T0.plusSeconds(6)), T0));
        assertFalse(
                device.apply(registration("amzn1.account.SECOND", T0.plusSeconds(1)), T0),
                "older: SNS does not promise order");
        assertEquals(1L, device.getMemberId());
    }

    @Test
    void releasingLeavesNobodyHoldingIt() {
        Device device = device();
        device.setUpBy(ALICE, T0);

        device.release(T0);

        assertNull(device.getMemberId());
        assertEquals(DeviceStatus.PRE_REGISTERED, device.getStatus());
        assertTrue(device.claimableBy(BOB));
    }
}
