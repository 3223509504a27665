package jp.kakehashi.drs.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import jp.kakehashi.drs.domain.DrsCall;
import org.junit.jupiter.api.Test;

/** Which failed DRS calls an admin may repeat (the Retry button). */
class ReplenishmentRetryTest {

    private static DrsCall call(String endpoint, String slotId, String outcome) {
        return new DrsCall(1, endpoint, slotId, 503, "request-1", outcome, Instant.parse("2026-12-01T00:00:00Z"), 12);
    }

    @Test
    void reportsReadsAndReplenishForASlotMayBeRepeated() {
        assertTrue(Replenishment.retrySafe(call("slotStatus", "coffee-beans", "UNAVAILABLE: 503")));
        assertTrue(Replenishment.retrySafe(call("replenish", "coffee-beans", "ANSWER_LOST: answer lost")));
        assertTrue(Replenishment.retrySafe(call("deviceStatus", null, "UNAVAILABLE: 429")));
        assertTrue(Replenishment.retrySafe(call("subscriptionInfo", null, "REFUSED: 400 InvalidInput")));
    }

    @Test
    void successesDeregistrationsAndCallsWithoutTheirSlotAreNot() {
        assertFalse(Replenishment.retrySafe(call("replenish", "coffee-beans", "OK: STANDARD_ORDER_PLACED")));
        assertFalse(
                Replenishment.retrySafe(call("deregistration", null, "UNAVAILABLE: 503")),
                "the member's removal repeats it");
        assertFalse(
                Replenishment.retrySafe(call("replenish", null, "UNAVAILABLE: 503")),
                "a call logged before slots were");
    }
}
