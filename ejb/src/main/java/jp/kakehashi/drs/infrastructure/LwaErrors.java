package jp.kakehashi.drs.infrastructure;

import jp.kakehashi.drs.application.TokenExchangeRefusedException.Reason;

/**
 * Login with Amazon's refusals as Kakehashi must act on them. Amazon documents the DRS pre-registration guide's three cases only as "400";
 * the error codes below are those of OAuth 2.0 that fit each case (and the ones the sandbox answers).
 */
final class LwaErrors {

    private LwaErrors() {}

    static Reason reason(int status, String error, String grant) {
        if (status == 401 || "invalid_client".equals(error)) {
            return Reason.INVALID_CLIENT;
        }
        if ("device_preregistration".equals(grant)) {
            return switch (error) {
                case "invalid_grant" -> Reason.DEVICE_NOT_PRE_REGISTERED;
                case "invalid_scope" -> Reason.MODEL_NOT_LAUNCHED;
                case "unauthorized_client" -> Reason.MODEL_OF_ANOTHER_CLIENT;
                default -> Reason.OTHER;
            };
        }
        return "invalid_grant".equals(error) ? Reason.INVALID_GRANT : Reason.OTHER;
    }
}
