package jp.kakehashi.sandbox.fault;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The sandbox endpoints that faults can be injected into, and how each answers an error. */
public enum SandboxEndpoint {

    /** Amazon Pay Get Buyer, with or without the environment segment. */
    GET_BUYER("GET", "/api/pay/(?:(?:sandbox|live)/)?v2/buyers/[^/]+", ErrorStyle.AMAZON_PAY),
    /** Login with Amazon's token endpoint: every grant. */
    LWA_TOKEN("POST", "/api/lwa/auth/o2/token", ErrorStyle.LOGIN_WITH_AMAZON),
    /** The DRS service's Replenish, SlotStatus, DeviceStatus, SubscriptionInfo and Deregistration. */
    DRS_REPLENISH("POST", "/api/drs/replenish/[^/]+", ErrorStyle.DASH_REPLENISHMENT),
    DRS_SLOT_STATUS("POST", "/api/drs/slotStatus/[^/]+", ErrorStyle.DASH_REPLENISHMENT),
    DRS_DEVICE_STATUS("POST", "/api/drs/deviceStatus", ErrorStyle.DASH_REPLENISHMENT),
    DRS_SUBSCRIPTION_INFO("GET", "/api/drs/subscriptionInfo", ErrorStyle.DASH_REPLENISHMENT),
    DRS_DEREGISTRATION("DELETE", "/api/drs/registration", ErrorStyle.DASH_REPLENISHMENT);

    private final String method;
    private final Pattern path;
    private final ErrorStyle errorStyle;

    SandboxEndpoint(String method, String pathExpression, ErrorStyle errorStyle) {
        this.method = method;
        this.path = Pattern.compile(pathExpression);
        this.errorStyle = errorStyle;
    }

    /** The endpoint a request is for, from its method and its path inside the sandbox (without the context root). */
    public static Optional<SandboxEndpoint> of(String method, String pathInSandbox) {
        return Arrays.stream(values())
                .filter(endpoint -> endpoint.method.equalsIgnoreCase(method)
                        && endpoint.path.matcher(pathInSandbox).matches())
                .findFirst();
    }

    public ErrorStyle errorStyle() {
        return errorStyle;
    }

    /** The error body shapes of the Amazon services that the sandbox stands in for. */
    public enum ErrorStyle {
        /** {@code {"reasonCode":"...","message":"..."}} */
        AMAZON_PAY {
            @Override
            public String body(int status) {
                String reasonCode = switch (status) {
                    case 429 -> "TooManyRequests";
                    case 503 -> "ServiceUnavailable";
                    default -> "InternalServerError";
                };
                return "{\"reasonCode\":\"" + reasonCode + "\",\"message\":\"Injected by the sandbox: HTTP " + status
                        + "\"}";
            }
        },
        /** {@code {"error":"...","error_description":"..."}} */
        LOGIN_WITH_AMAZON {
            @Override
            public String body(int status) {
                String error = switch (status) {
                    case 429 -> "slow_down";
                    case 503 -> "temporarily_unavailable";
                    default -> "server_error";
                };
                return "{\"error\":\"" + error + "\",\"error_description\":\"Injected by the sandbox: HTTP " + status
                        + "\"}";
            }
        },

        /** {@code {"code":"...","message":"..."}}: the sandbox's choice, DRS documents no error body. */
        DASH_REPLENISHMENT {
            @Override
            public String body(int status) {
                String code = switch (status) {
                    case 429 -> "TooManyRequests";
                    case 503 -> "ServiceUnavailable";
                    default -> "InternalFailure";
                };
                return "{\"code\":\"" + code + "\",\"message\":\"Injected by the sandbox: HTTP " + status + "\"}";
            }
        };

        public abstract String body(int status);
    }
}
