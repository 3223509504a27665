package jp.kakehashi.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jp.kakehashi.admin.application.DeviceAdministration;
import jp.kakehashi.admin.application.DeviceOverview;
import jp.kakehashi.admin.application.QueueAdministration;
import jp.kakehashi.admin.application.QueueStatus;
import jp.kakehashi.drs.application.TokenCounts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/**
 * Views for operators' scripts and monitors, beside the admin pages: the queues as their MBeans report them, and
 * devices with their token state (never a token); and one operation, refreshing every device's tokens. HTTP Basic with
 * a registry administrator.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "admin")
public class AdminResource {

    private static final int MAX_DEVICES = 200;

    @Inject
    private QueueAdministration queues;

    @Inject
    private DeviceAdministration devices;

    @GET
    @Path("queues")
    @Operation(summary = "Each application queue and exception destination with depth, maximum depth and state")
    public List<QueueStatus> queues() {
        return queues.queues();
    }

    @GET
    @Path("devices")
    @Operation(summary = "Devices whose serial, model or customer contains the search text, with their token state")
    public List<DeviceOverview> devices(@QueryParam("search") @DefaultValue("") String search,
                                        @QueryParam("max") @DefaultValue("50") int max) {
        return devices.devices(search, 0, Math.min(Math.max(1, max), MAX_DEVICES));
    }

    @GET
    @Path("devices/tokens")
    @Operation(summary = "How many devices hold active tokens, how many of those are due for a refresh, how many need setup")
    public TokenCounts tokens() {
        return devices.tokenCounts();
    }

    @POST
    @Path("devices/tokens/refresh")
    @Operation(summary = "Makes every active device's tokens due now and starts refreshing them (202); audited")
    public Response refreshAllTokens(@Context SecurityContext security) {
        int due = devices.refreshAllTokens(security.getUserPrincipal().getName());
        return Response.accepted(Json.createObjectBuilder().add("madeDue", due).build()).build();
    }
}
