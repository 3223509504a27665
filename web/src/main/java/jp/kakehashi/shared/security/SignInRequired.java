package jp.kakehashi.shared.security;

import jakarta.enterprise.context.Dependent;
import jakarta.security.enterprise.AuthenticationStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A request that brings nobody: a protected API call gets a challenge (companion apps, not a login page), a protected
 * page the login page (the admin's for the admin pages) with the way back; anything else goes on anonymously.
 */
@Dependent
class SignInRequired implements CallerHandler {

    @Override
    public boolean appliesTo(CallerRequest request) {
        return true;
    }

    @Override
    public AuthenticationStatus validate(CallerRequest request) {
        if (!request.context().isProtected()) {
            return request.context().doNothing();
        }
        if (request.isApi()) {
            request.response().addHeader("WWW-Authenticate", "Bearer realm=\"Kakehashi\"");
            request.response().addHeader("WWW-Authenticate", BasicAccess.CHALLENGE);
            return request.context().responseUnauthorized();
        }
        String loginPage = request.isAdminPage()
                ? ShopAuthenticationMechanism.ADMIN_LOGIN_PAGE
                : ShopAuthenticationMechanism.LOGIN_PAGE;
        return request.context()
                .redirect(request.request().getContextPath() + loginPage + "?next="
                        + URLEncoder.encode(request.path(), StandardCharsets.UTF_8));
    }
}
