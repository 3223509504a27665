package jp.kakehashi.shared.security;

import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One request as the sign-in sees it: where it is routed and what it brings (a credential a page handed to
 * {@code SecurityContext.authenticate}, an Authorization header), read once by {@link ShopAuthenticationMechanism}
 * for the handler that answers it.
 *
 * @param credential    what a login page or the Amazon return handed over; null on any other request
 * @param path          {@link #routedPath}
 * @param authorization the Authorization header, or null
 */
record CallerRequest(
        HttpServletRequest request,
        HttpServletResponse response,
        HttpMessageContext context,
        Credential credential,
        String path,
        String authorization) {

    static final String API = "/api/";
    static final String ADMIN_API = "/api/admin/";
    static final String ADMIN_PAGES = "/admin/";

    static CallerRequest of(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        return new CallerRequest(
                request,
                response,
                context,
                context.getAuthParameters().getCredential(),
                routedPath(request),
                request.getHeader("Authorization"));
    }

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

    /** A login page or the Amazon return signing someone in. */
    boolean isInteractive() {
        return credential != null;
    }

    boolean isApi() {
        return path.startsWith(API);
    }

    boolean isAdminApi() {
        return path.startsWith(ADMIN_API);
    }

    boolean isAdminPage() {
        return path.startsWith(ADMIN_PAGES);
    }

    boolean hasBearer() {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The token of a Bearer header (check {@link #hasBearer} first). */
    String bearerToken() {
        return authorization.substring(7).strip();
    }
}
