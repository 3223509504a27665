package jp.kakehashi.sandbox.pay.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jp.kakehashi.sandbox.pay.signature.PayApiException;
import org.junit.jupiter.api.Test;

class GetBuyerEnvironmentTest {

    @Test
    void thePathMayLeaveTheEnvironmentOutOnlyForKeyIdsThatCarryIt() {
        assertDoesNotThrow(() -> GetBuyerResource.checkEnvironment(null, "SANDBOX-AH0001"));
        assertDoesNotThrow(() -> GetBuyerResource.checkEnvironment(null, "LIVE-AH0001"));
        assertDoesNotThrow(() -> GetBuyerResource.checkEnvironment("sandbox", "AH0001"));
        assertDoesNotThrow(() -> GetBuyerResource.checkEnvironment("live", "AH0001"));
        assertDoesNotThrow(() -> GetBuyerResource.checkEnvironment("sandbox", "SANDBOX-AH0001"));

        PayApiException missing =
                assertThrows(PayApiException.class, () -> GetBuyerResource.checkEnvironment(null, "AH0001"));
        assertEquals(400, missing.status());
        assertEquals("InvalidRequest", missing.reasonCode());

        PayApiException mismatch =
                assertThrows(PayApiException.class, () -> GetBuyerResource.checkEnvironment("live", "SANDBOX-AH0001"));
        assertEquals(401, mismatch.status());
        assertEquals("UnauthorizedAccess", mismatch.reasonCode());
    }
}
