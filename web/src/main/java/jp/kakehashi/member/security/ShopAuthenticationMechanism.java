package jp.kakehashi.member.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import jp.kakehashi.member.application.ApiTokens;
import jp.kakehashi.member.application.MemberSessions;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.shared.activity.ActivityLog;
import jp.kakehashi.shared.security.AdministratorCredential;

/**
 * The shop's sign-in: the login pages and the Amazon return hand a credential to {@code SecurityContext.authenticate};
 * this validates it against {@link MemberIdentityStore} (members) or the Liberty registry (admins) and, on success,
 * gives the caller a new session id
 * (so that a session id planted before login is worthless). Protected pages send anonymous shoppers to the login page.
 */
@ApplicationScoped
public class ShopAuthenticationMechanism implements HttpAuthenticationMechanism {

    /**
     * Who signed in, kept in the HTTP session rather than by {@code @AutoApplySession}: Liberty's AutoApplySession
     * keeps the subject in the server's own cache, which another server of a cluster does not have; the session
     * (persisted in the database when scaled out) goes wherever the shopper's next request goes.
     */
    static final String SIGNED_IN = SignedInCaller.class.getName();

    /**
     * The caller and their groups (member or admin), as the identity store validated them at sign-in, and for a member
     * the session generation it began in ({@link MemberSessions}): the session ends once the member's moves on.
     */
    record SignedInCaller(String name, Set<String> groups, int generation) implements Serializable {
        private static final long serialVersionUID = 2L;

        static final int NO_GENERATION = -1;

        boolean isMember() {
            return generation != NO_GENERATION;
        }

        SignedInCaller inGeneration(int newGeneration) {
            return new SignedInCaller(name, groups, newGeneration);
        }
    }

    public static final String LOGIN_PAGE = "/shop/login.xhtml";
    public static final String ADMIN_LOGIN_PAGE = "/admin/login.xhtml";
    private static final String ADMIN_API = "/api/admin/";
    private static final String ADMIN_PAGES = "/admin/";

    @Inject
    private ActivityLog activityLog;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private MemberSessions memberSessions;

    /**
     * HTTP Basic for the APIs (HTTPS only in production); null without a usable header. Under /api/admin/ it names an
     * administrator of the Liberty registry, elsewhere a member.
     */
    private static Credential basicCredential(String authorization, boolean admin) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            Password password = new Password(decoded.substring(colon + 1));
            return admin
                    ? new AdministratorCredential(decoded.substring(0, colon), password)
                    : new UsernamePasswordCredential(decoded.substring(0, colon), password);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The account a password is tried for (admins apart from members), or null for credentials without one. */
    private static String passwordAccount(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return password.getCaller();
        }
        if (credential instanceof AdministratorCredential administrator) {
            return "admin:" + administrator.userName();
        }
        return null;
    }

    private static AuthenticationStatus tooManyFailures(
            HttpServletResponse response, HttpMessageContext context, boolean api) {
        if (!api) {
            return context.responseUnauthorized();
        }
        try {
            response.setHeader("Retry-After", Long.toString(SignInThrottle.WINDOW.toSeconds()));
            response.sendError(429, "Too many failed sign-ins for this account or from this address; try again later");
        } catch (java.io.IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * An access token of the member's app or a device's credential: a hash and one lookup, no password hash. A device's
     * credential signs in as its member with the device named ({@link #DEVICE_SCOPE}), which only that device's slots
     * accept (DeviceScopeFilter). Nothing is kept in a session: each call brings its token.
     */
    private AuthenticationStatus bearer(
            String token, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<ApiTokens.TokenCaller> caller = apiTokens.authenticate(token);
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Kakehashi\", error=\"invalid_token\"");
            return context.responseUnauthorized();
        }
        if (caller.get().isDevice()) {
            request.setAttribute(DEVICE_SCOPE, caller.get().deviceScope());
        }
        return context.notifyContainerAboutLogin(
                String.valueOf(caller.get().memberId()), Set.of(MemberIdentityStore.MEMBER_GROUP));
    }

    /** The request attribute naming the device ("model/serial") whose credential signed the call in. */
    public static final String DEVICE_SCOPE = "jp.kakehashi.device-scope";

    @Inject
    private ApiTokens apiTokens;

    /**
     * The path the container routes the request to (servlet path and path info, decoded and normalised), which is what
     * decides what answers: never the raw request URI, where {@code /api/../member/account.xhtml} still starts with
     * {@code /api/} but reaches a member's page.
     */
    static String routedPath(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        String path = routedPath(request);
        boolean api = path.startsWith("/api/");
        String authorization = request.getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (credential == null && bearer && (!api || path.startsWith(ADMIN_API))) {
            // An app's or a device's credential belongs to the member API: never a page, never the admin API
            response.setHeader(
                    "WWW-Authenticate",
                    "Bearer realm=\"Kakehashi\", error=\"invalid_request\", "
                            + "error_description=\"Bearer credentials are accepted on the member API only\"");
            return context.responseUnauthorized();
        }
        if (credential == null && bearer) {
            return bearer(authorization.substring(7).strip(), request, response, context);
        }
        if (credential == null && api) {
            credential = basicCredential(authorization, path.startsWith(ADMIN_API));
        }
        if (credential != null) {
            String guessed = passwordAccount(credential);
            // Reserved before the password hash, so that guesses sent at once count one each
            if (guessed != null && !throttle.tryAttempt(guessed, request.getRemoteAddr())) {
                return tooManyFailures(response, context, api);
            }
            CredentialValidationResult result = identityStores.validate(credential);
            if (guessed != null && result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(guessed, request.getRemoteAddr());
            }
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                if (api) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Kakehashi\", charset=\"UTF-8\"");
                }
                return context.responseUnauthorized();
            }
            if (context.getAuthParameters().getCredential() != null) {
                // An interactive sign-in (a login page, the Amazon return): remembered in the session, under a new id.
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                String name = result.getCallerPrincipal().getName();
                int generation = credential instanceof AdministratorCredential
                        ? SignedInCaller.NO_GENERATION
                        : memberSessions.generationOf(Long.parseLong(name)).orElse(SignedInCaller.NO_GENERATION);
                request.getSession(true)
                        .setAttribute(
                                SIGNED_IN, new SignedInCaller(name, Set.copyOf(result.getCallerGroups()), generation));
                if (!(credential instanceof AdministratorCredential)) {
                    activityLog.record(Activity.SIGN_IN);
                }
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedInCaller caller) {
            if (!caller.isMember()
                    || memberSessions
                            .generationOf(Long.parseLong(caller.name()))
                            .equals(java.util.OptionalInt.of(caller.generation()))) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            // The member's sessions were ended (password changed elsewhere, account disabled or deleted)
            session.invalidate();
        }
        if (context.isProtected() && api) {
            // Companion apps: a challenge, not a login page.
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Kakehashi\"");
            response.addHeader("WWW-Authenticate", "Basic realm=\"Kakehashi\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        if (context.isProtected()) {
            String loginPage = path.startsWith(ADMIN_PAGES) ? ADMIN_LOGIN_PAGE : LOGIN_PAGE;
            return context.redirect(
                    request.getContextPath() + loginPage + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }
}
