package jp.kakehashi.drs.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.kakehashi.drs.application.TokenExchangeRefusedException.Reason;
import org.junit.jupiter.api.Test;

/** The DRS pre-registration guide's three refusals, bad credentials and refused grants, each to its own outcome. */
class LwaErrorsTest {

    @Test
    void seed003sThreeCasesAreTellApart() {
        assertEquals(
                Reason.DEVICE_NOT_PRE_REGISTERED, LwaErrors.reason(400, "invalid_grant", "device_preregistration"));
        assertEquals(Reason.MODEL_NOT_LAUNCHED, LwaErrors.reason(400, "invalid_scope", "device_preregistration"));
        assertEquals(
                Reason.MODEL_OF_ANOTHER_CLIENT, LwaErrors.reason(400, "unauthorized_client", "device_preregistration"));
    }

    @Test
    void badCredentialsAreTheOperatorsProblem() {
        assertEquals(Reason.INVALID_CLIENT, LwaErrors.reason(401, "invalid_client", "device_preregistration"));
        assertEquals(Reason.INVALID_CLIENT, LwaErrors.reason(400, "invalid_client", "refresh_token"));
    }

    @Test
    void aRefusedRefreshTokenOrCodeIsAnInvalidGrant() {
        assertEquals(Reason.INVALID_GRANT, LwaErrors.reason(400, "invalid_grant", "refresh_token"));
        assertEquals(Reason.INVALID_GRANT, LwaErrors.reason(400, "invalid_grant", "authorization_code"));
        assertEquals(Reason.OTHER, LwaErrors.reason(400, "invalid_request", "refresh_token"));
    }
}
