package jp.kakehashi.drs.infrastructure;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kakehashi.shared.tracing.RedactedClientSpans;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The DRS service API; base URL from {@code dash-replenishment/mp-rest/url}
 * (https://dash-replenishment-service-na.amazon.com). Each endpoint's versions are the ones Amazon's reference names:
 * https://developer.amazon.com/docs/dash/replenish-endpoint.html, slotstatus-endpoint.html, devicestatus-endpoint.html,
 * getsubscriptioninfo-endpoint.html, deregistration-endpoint.html.
 */
@RegisterRestClient(configKey = "dash-replenishment")
@RegisterProvider(RedactedClientSpans.class)
public interface DashReplenishmentApi {

    String PREFIX = "com.amazon.dash.replenishment.";

    @POST
    @Path("/replenish/{slotId}")
    Response replenish(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept,
            @PathParam("slotId") String slotId);

    @POST
    @Path("/slotStatus/{slotId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response slotStatus(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept,
            @PathParam("slotId") String slotId,
            String body);

    @POST
    @Path("/deviceStatus")
    @Consumes(MediaType.APPLICATION_JSON)
    Response deviceStatus(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept,
            String body);

    @GET
    @Path("/subscriptionInfo")
    Response subscriptionInfo(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept);

    @DELETE
    @Path("/registration")
    Response deregister(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept);
}
