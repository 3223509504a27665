package jp.kakehashi.drs.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jp.kakehashi.member.application.ApiTokens;
import jp.kakehashi.shared.security.ShopAuthenticationMechanism;

/**
 * A device's credential reaches its own device's slots (and the renewal of itself) and nothing else of its member's:
 * any other resource, or another device's slots, answers 403.
 */
@Provider
public class DeviceScopeFilter implements ContainerRequestFilter {

    @Context
    private HttpServletRequest request;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        Object scope = request.getAttribute(ShopAuthenticationMechanism.DEVICE_SCOPE);
        if (scope == null) {
            return;
        }
        MultivaluedMap<String, String> path = context.getUriInfo().getPathParameters();
        boolean ownSlots = (resource.getResourceClass() == SlotResource.class
                        || resource.getResourceMethod().getName().equals("rotateCredential"))
                && scope.equals(ApiTokens.TokenCaller.scopeOf(path.getFirst("modelId"), path.getFirst("serialNumber")));
        if (!ownSlots) {
            context.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(
                            "{\"outcome\":\"OUT_OF_SCOPE\",\"message\":\"a device's credential reaches that device's slots only\"}")
                    .build());
        }
    }
}
