package jp.kakehashi.shared.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import java.util.Optional;

/**
 * An access token of the member's app or a device's credential (a Bearer header): a hash and one lookup, no password
 * hash. A device's credential signs in as its member with the device named ({@link ShopAuthenticationMechanism#DEVICE_SCOPE}),
 * which only that device's slots accept (DeviceScopeFilter). Nothing is kept in a session: each call brings its token.
 * Such a credential belongs to the member API: never a page, never the admin API.
 */
@Dependent
class BearerAccess implements CallerHandler {

    static final String ONLY_ON_MEMBER_API = "Bearer realm=\"Kakehashi\", error=\"invalid_request\", "
            + "error_description=\"Bearer credentials are accepted on the member API only\"";
    static final String INVALID_TOKEN = "Bearer realm=\"Kakehashi\", error=\"invalid_token\"";

    private final BearerTokens tokens;

    @Inject
    BearerAccess(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean appliesTo(CallerRequest request) {
        return request.hasBearer();
    }

    @Override
    public AuthenticationStatus validate(CallerRequest request) {
        if (!request.isApi() || request.isAdminApi()) {
            request.response().setHeader("WWW-Authenticate", ONLY_ON_MEMBER_API);
            return request.context().responseUnauthorized();
        }
        Optional<BearerTokens.BearerCaller> caller = tokens.authenticate(request.bearerToken());
        if (caller.isEmpty()) {
            request.response().setHeader("WWW-Authenticate", INVALID_TOKEN);
            return request.context().responseUnauthorized();
        }
        if (caller.get().isDevice()) {
            request.request()
                    .setAttribute(
                            ShopAuthenticationMechanism.DEVICE_SCOPE,
                            caller.get().deviceScope());
        }
        return request.context()
                .notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
    }
}
