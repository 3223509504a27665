package jp.kakehashi.drs.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SetupAttemptLimitsTest {

    private final SetupAttemptLimits limits = new SetupAttemptLimits(20, 60, 1000);

    @Test
    void aMemberWithAttemptsLeftFromAQuietAddressIsAdmitted() {
        assertTrue(limits.admits(19, "203.0.113.7", 59, false, 999));
    }

    @Test
    void theMembersOwnLimitHoldsWhateverElse() {
        assertFalse(limits.admits(20, "203.0.113.7", 0, true, 0));
    }

    @Test
    void oneAddressSweepingThroughManyAccountsIsStoppedAtItsLimit() {
        assertFalse(limits.admits(0, "203.0.113.7", 60, true, 0));
        assertTrue(limits.admits(0, "198.51.100.9", 0, true, 0), "another address goes on");
    }

    @Test
    void anUnknownSourceIsCountedPerMemberOnly() {
        assertTrue(limits.admits(0, null, 5000, false, 0));
    }

    @Test
    void aSweepOfOneModelFromManyAddressesStopsUnprovenSetupsOnly() {
        assertFalse(limits.admits(0, "203.0.113.7", 0, false, 1000));
        assertTrue(
                limits.admits(0, "203.0.113.7", 0, true, 1000),
                "the registered customer is not held up by others' guessing");
    }
}
