package jp.kakehashi.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

/** Where a request is routed decides what answers it, never the raw URI; and what its header brings. */
class CallerRequestTest {

    private static HttpServletRequest routedTo(String servletPath, String pathInfo) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getServletPath()).thenReturn(servletPath);
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getRequestURI()).thenReturn("/api/../member/account.xhtml");
        return request;
    }

    @Test
    void theServletPathAndPathInfoNotTheRequestUri() {
        assertEquals("/member/account.xhtml", CallerRequest.routedPath(routedTo("/member/account.xhtml", null)));
        assertEquals("/api/admin/members", CallerRequest.routedPath(routedTo("/api", "/admin/members")));
        assertEquals("", CallerRequest.routedPath(routedTo(null, null)));
    }

    @Test
    void aPageReachedThroughAnApiLookingUriIsAPage() {
        Requests call = new Requests().to("/member/account.xhtml", null);
        when(call.request.getRequestURI()).thenReturn("/api/../member/account.xhtml");
        CallerRequest request = call.caller();
        assertFalse(request.isApi());
        assertFalse(request.isInteractive());
    }

    @Test
    void theApisAndTheAdminsPlaces() {
        CallerRequest admin = new CallerRequest(null, null, null, null, "/api/admin/members", null);
        assertTrue(admin.isApi());
        assertTrue(admin.isAdminApi());
        assertFalse(admin.isAdminPage());
        CallerRequest adminPage = new CallerRequest(null, null, null, null, "/admin/index.xhtml", null);
        assertTrue(adminPage.isAdminPage());
        assertFalse(adminPage.isApi());
        assertFalse(new CallerRequest(null, null, null, null, "/apiary", null).isApi());
    }

    @Test
    void aBearerHeaderInAnyCase() {
        CallerRequest request = new CallerRequest(null, null, null, null, "/api/devices", "bEaReR  tok-1 ");
        assertTrue(request.hasBearer());
        assertEquals("tok-1", request.bearerToken());
        assertFalse(new CallerRequest(null, null, null, null, "/api/devices", "Bearer").hasBearer());
        assertFalse(new CallerRequest(null, null, null, null, "/api/devices", null).hasBearer());
    }
}
