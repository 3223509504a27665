package jp.kakehashi.shared.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/** Requests as the container hands them to the mechanism, made of mocks, one set per test. */
final class Requests {

    final HttpServletRequest request = mock(HttpServletRequest.class);
    final HttpServletResponse response = mock(HttpServletResponse.class);
    final HttpMessageContext context = mock(HttpMessageContext.class);
    final HttpSession session = mock(HttpSession.class);

    Requests() {
        when(context.getAuthParameters()).thenReturn(AuthenticationParameters.withParams());
        when(context.responseUnauthorized()).thenReturn(AuthenticationStatus.SEND_FAILURE);
        when(context.notifyContainerAboutLogin(any(CredentialValidationResult.class)))
                .thenReturn(AuthenticationStatus.SUCCESS);
        when(context.notifyContainerAboutLogin(anyString(), any())).thenReturn(AuthenticationStatus.SUCCESS);
        when(context.redirect(anyString())).thenReturn(AuthenticationStatus.SEND_CONTINUE);
        when(context.doNothing()).thenReturn(AuthenticationStatus.NOT_DONE);
        when(request.getContextPath()).thenReturn("");
        when(request.getRemoteAddr()).thenReturn("192.0.2.7");
    }

    /** A request routed to this servlet path, with this Authorization header (or none). */
    Requests to(String servletPath, String authorization) {
        when(request.getServletPath()).thenReturn(servletPath);
        when(request.getHeader("Authorization")).thenReturn(authorization);
        return this;
    }

    /** A login page's or the Amazon return's call of SecurityContext.authenticate. */
    Requests handing(Credential credential) {
        when(context.getAuthParameters())
                .thenReturn(AuthenticationParameters.withParams().credential(credential));
        return this;
    }

    Requests protectedResource() {
        when(context.isProtected()).thenReturn(true);
        return this;
    }

    /** A session that exists, holding this caller (or nothing signed in). */
    Requests inSession(SignedInCaller caller) {
        when(request.getSession(false)).thenReturn(session);
        when(request.getSession(true)).thenReturn(session);
        when(session.getAttribute(ShopAuthenticationMechanism.SIGNED_IN)).thenReturn(caller);
        return this;
    }

    /** No session yet: one is made when asked for. */
    Requests withoutSession() {
        when(request.getSession(false)).thenReturn(null);
        when(request.getSession(true)).thenReturn(session);
        return this;
    }

    CallerRequest caller() {
        return CallerRequest.of(request, response, context);
    }

    static CredentialValidationResult valid(String name, String group) {
        return new CredentialValidationResult(name, Set.of(group));
    }
}
