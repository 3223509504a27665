package jp.kakehashi.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kakehashi.admin.application.DeviceAdministration;
import jp.kakehashi.admin.application.DeviceOverview;
import jp.kakehashi.admin.application.QueueAdministration;
import jp.kakehashi.admin.application.QueueStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/**
 * Read-only views for operators' scripts and monitors, beside the admin pages: the queues as their MBeans report
 * them, and devices with their token state (never a token). HTTP Basic with a registry administrator.
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
}
