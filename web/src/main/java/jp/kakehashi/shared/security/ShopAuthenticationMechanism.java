package jp.kakehashi.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * The shop's sign-in, for every request to Kakehashi: it only chooses who answers, in this order, the first that
 * applies:
 * <ol>
 * <li>{@link InteractiveSignIn}: a login page or the Amazon return hands a credential to
 * {@code SecurityContext.authenticate};</li>
 * <li>{@link BearerAccess}: an app's access token or a device's credential, on the member API only;</li>
 * <li>{@link BasicAccess}: HTTP Basic on the APIs, an admin's under /api/admin/, a member's elsewhere;</li>
 * <li>{@link SignedInSession}: the caller who signed in earlier in this session;</li>
 * <li>{@link SignInRequired}: nobody, which protected resources refuse.</li>
 * </ol>
 * What a request brings is read once ({@link CallerRequest}), where the container routes it, never from the raw URI.
 */
@ApplicationScoped
public class ShopAuthenticationMechanism implements HttpAuthenticationMechanism {

    /**
     * Who signed in ({@link SignedInCaller}), kept in the HTTP session rather than by {@code @AutoApplySession}:
     * Liberty's AutoApplySession keeps the subject in the server's own cache, which another server of a cluster does
     * not have; the session (persisted in the database when scaled out) goes wherever the shopper's next request goes.
     */
    public static final String SIGNED_IN = SignedInCaller.class.getName();

    public static final String LOGIN_PAGE = "/shop/login.xhtml";
    public static final String ADMIN_LOGIN_PAGE = "/admin/login.xhtml";

    /** The request attribute naming the device ("model/serial") whose credential signed the call in. */
    public static final String DEVICE_SCOPE = "jp.kakehashi.device-scope";

    private List<CallerHandler> handlers;

    protected ShopAuthenticationMechanism() {
        // for CDI's proxy
    }

    @Inject
    ShopAuthenticationMechanism(
            InteractiveSignIn interactive,
            BearerAccess bearer,
            BasicAccess basic,
            SignedInSession session,
            SignInRequired anonymous) {
        this(List.of(interactive, bearer, basic, session, anonymous));
    }

    /** @param handlers asked in this order; the last must apply to any request */
    ShopAuthenticationMechanism(List<CallerHandler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        CallerRequest caller = CallerRequest.of(request, response, context);
        return handlerFor(caller).validate(caller);
    }

    CallerHandler handlerFor(CallerRequest request) {
        for (CallerHandler handler : handlers) {
            if (handler.appliesTo(request)) {
                return handler;
            }
        }
        throw new IllegalStateException("no handler for the request; the last one applies to any");
    }
}
