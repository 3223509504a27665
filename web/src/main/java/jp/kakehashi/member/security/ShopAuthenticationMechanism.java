package jp.kakehashi.member.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The shop's sign-in: the login page and the Amazon return hand a credential to {@code SecurityContext.authenticate};
 * this validates it against {@link MemberIdentityStore} and, on success, gives the shopper a new session id
 * (so that a session id planted before login is worthless). Protected pages send anonymous shoppers to the login page.
 */
@ApplicationScoped
@AutoApplySession
public class ShopAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/shop/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    /** HTTP Basic for the companion app API (HTTPS only in production); null without a usable header. */
    private static Credential basicCredential(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), new Password(decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (credential == null && api) {
            credential = basicCredential(request.getHeader("Authorization"));
        }
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                if (api) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Kakehashi\", charset=\"UTF-8\"");
                }
                return context.responseUnauthorized();
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (context.isProtected() && api) {
            // Companion apps: a challenge, not a login page.
            response.setHeader("WWW-Authenticate", "Basic realm=\"Kakehashi\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }
}
