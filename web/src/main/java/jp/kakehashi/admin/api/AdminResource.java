package jp.kakehashi.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.DeviceAdministration;
import jp.kakehashi.admin.application.DeviceModelRejectedException;
import jp.kakehashi.admin.application.LiveQueuePurgeRefusedException;
import jp.kakehashi.admin.application.ManagedQueue;
import jp.kakehashi.admin.application.ParkedNotificationAdministration;
import jp.kakehashi.admin.application.QueueAdministration;
import jp.kakehashi.admin.application.QueueStatus;
import jp.kakehashi.admin.application.SlotDraft;
import jp.kakehashi.admin.application.lists.AuditFilter;
import jp.kakehashi.admin.application.lists.AuditList;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.drs.application.DeviceFilter;
import jp.kakehashi.drs.application.DrsCallFilter;
import jp.kakehashi.drs.application.DrsLists;
import jp.kakehashi.drs.application.DuplicateDeviceModelException;
import jp.kakehashi.drs.application.TokenCounts;
import jp.kakehashi.drs.domain.DeviceStatus;
import jp.kakehashi.shared.paging.BadListRequestException;
import jp.kakehashi.shared.paging.Choice;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.sns.application.ParkedFilter;
import jp.kakehashi.sns.application.ReceptionFilter;
import jp.kakehashi.sns.application.SnsLists;
import jp.kakehashi.sns.application.SnsNotificationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Views for operators' scripts and monitors, beside the admin pages: the queues as their MBeans report them, and
 * the lists a page at a time (devices with their token state, never a token; members; the audit trail; SNS receptions;
 * parked notifications; DRS calls); and operations: refreshing tokens, saving a
 * device model, reprocessing parked notifications. HTTP Basic with a registry administrator.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "admin")
public class AdminResource {

    @Inject
    private QueueAdministration queues;

    @Inject
    private DeviceAdministration devices;

    @Inject
    private ParkedNotificationAdministration parked;

    @Inject
    private AuditList audit;

    @Inject
    private SnsLists sns;

    @Inject
    private DrsLists drs;

    @GET
    @Path("queues")
    @Operation(summary = "Each application queue and exception destination with depth, maximum depth and state")
    public List<QueueStatus> queues() {
        return queues.queues();
    }

    @POST
    @Path("queues/{name}/purge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Deletes every message on an exception destination; audited with every deleted message's id",
            description =
                    "409 for a live queue (its messages are still to be processed); 404 for a queue that is not ours")
    public Response purge(@PathParam("name") String name, @Context SecurityContext security) {
        if (!ManagedQueue.isManaged(name)) {
            return error(Response.Status.NOT_FOUND, "no queue of Kakehashi's is called " + name);
        }
        try {
            int purged = queues.purge(name, security.getUserPrincipal().getName());
            return Response.ok(Json.createObjectBuilder()
                            .add("queue", name)
                            .add("purged", purged)
                            .build())
                    .build();
        } catch (LiveQueuePurgeRefusedException e) {
            return error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    // The lists: a page of at most 100 (limit, default 50) newest first, and "next", the cursor of the following page,
    // also as a Link header; a bad cursor, limit or filter is a 400 with the reason.

    @GET
    @Path("devices")
    @Operation(
            summary = "A page of devices with their token state, newest first",
            description =
                    "Filters: search (serial, model or Amazon customer), status, model, from/to (registration dates)")
    public Response devices(
            @BeanParam ListParameters list,
            @QueryParam("status") String status,
            @QueryParam("model") String model,
            @Context UriInfo uri) {
        return list(
                uri,
                () -> drs.devices(
                        new DeviceFilter(
                                list.search(), Choice.of(DeviceStatus.class, "status", status), model, list.period()),
                        list.page()));
    }

    @GET
    @Path("audit")
    @Operation(
            summary = "A page of the audit trail, newest first",
            description = "Filters: search (actor, target or detail), action, from/to")
    public Response audit(@BeanParam ListParameters list, @QueryParam("action") String action, @Context UriInfo uri) {
        return list(
                uri,
                () -> audit.audit(
                        new AuditFilter(list.search(), Choice.of(AdminAction.class, "action", action), list.period()),
                        list.page()));
    }

    @GET
    @Path("sns/receptions")
    @Operation(
            summary = "A page of the SNS notifications received and stored (never their bodies), newest first",
            description = "Filters: search (message id, topic or subject), from/to")
    public Response receptions(@BeanParam ListParameters list, @Context UriInfo uri) {
        return list(uri, () -> sns.receptions(new ReceptionFilter(list.search(), list.period()), list.page()));
    }

    @GET
    @Path("sns/parked/notifications")
    @Operation(
            summary = "A page of parked SNS notifications, newest first",
            description = "Filters: search (message id, topic or reason), from/to")
    public Response parkedNotifications(@BeanParam ListParameters list, @Context UriInfo uri) {
        return list(uri, () -> sns.parked(new ParkedFilter(list.search(), list.period()), list.page()));
    }

    @GET
    @Path("drs-calls")
    @Operation(
            summary = "A page of the calls made to the DRS service, newest first",
            description =
                    "Filters: device (id), search (endpoint, outcome or request id), outcome (OK or FAILED), from/to")
    public Response drsCalls(
            @BeanParam ListParameters list,
            @QueryParam("device") String device,
            @QueryParam("outcome") String outcome,
            @Context UriInfo uri) {
        return list(
                uri,
                () -> drs.drsCalls(
                        new DrsCallFilter(
                                DrsCallFilter.deviceId(device),
                                list.search(),
                                Choice.of(DrsCallFilter.CallOutcome.class, "outcome", outcome),
                                list.period()),
                        list.page()));
    }

    /** A list page as the API answers it (also AdminMemberResource's): the page, or 400 with the reason; a next link. */
    static Response list(UriInfo uri, Supplier<ListPage<?>> page) {
        ListPage<?> found;
        try {
            found = page.get();
        } catch (BadListRequestException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        Response.ResponseBuilder answer = Response.ok(found);
        if (found.hasNext()) {
            answer.link(
                    uri.getRequestUriBuilder()
                            .replaceQueryParam("cursor", found.next())
                            .build(),
                    "next");
        }
        return answer.build();
    }

    @GET
    @Path("devices/tokens")
    @Operation(
            summary =
                    "How many devices hold active tokens, how many of those are due for a refresh, how many need setup")
    public TokenCounts tokens() {
        return devices.tokenCounts();
    }

    @POST
    @Path("devices/tokens/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Makes every active device's tokens due now and starts refreshing them (202); audited")
    public Response refreshAllTokens(@Context SecurityContext security) {
        int due = devices.refreshAllTokens(security.getUserPrincipal().getName());
        return Response.accepted(Json.createObjectBuilder().add("madeDue", due).build())
                .build();
    }

    // State-changing calls take JSON (@Consumes): a browser cannot send that cross-site without a CORS preflight.

    @POST
    @Path("devices/{deviceId}/tokens/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refreshes one device's tokens now; audited")
    public Response refreshTokens(@PathParam("deviceId") long deviceId, @Context SecurityContext security) {
        try {
            boolean refreshed =
                    devices.refreshTokens(deviceId, security.getUserPrincipal().getName());
            return Response.ok(Json.createObjectBuilder()
                            .add("refreshed", refreshed)
                            .build())
                    .build();
        } catch (AdminActionRefusedException e) {
            return error(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /**
     * A device model as an admin saves it; {@code sampleSerials} must all match the expression; {@code slots}, when
     * given, replace the model's slots.
     */
    public record DeviceModelRequest(
            String displayName,
            String serialNumberPattern,
            Set<String> asins,
            List<String> sampleSerials,
            List<SlotDraft> slots) {}

    /** A device model as admins see it. */
    public record DeviceModelView(String modelId, String displayName, String serialNumberPattern, Set<String> asins) {}

    @GET
    @Path("device-models")
    @Operation(summary = "The device models: id, name, serial expression, ASINs")
    public List<DeviceModelView> models() {
        return devices.models().stream()
                .map(model -> new DeviceModelView(
                        model.getModelId(), model.getDisplayName(), model.getSerialNumberPattern(), model.getAsins()))
                .toList();
    }

    @GET
    @Path("device-models/{modelId}/slots")
    @Operation(summary = "A device model's slots: id, name, low threshold in percent, ASINs")
    public List<SlotDraft> slots(@PathParam("modelId") String modelId) {
        return devices.slots(modelId).stream()
                .map(slot -> new SlotDraft(
                        slot.getSlotId(), slot.getDisplayName(), slot.getLowThresholdPercent(), slot.getAsins()))
                .toList();
    }

    @PUT
    @Path("device-models/{modelId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds or changes a device model, as the models page does; audited")
    public Response saveModel(
            @PathParam("modelId") String modelId, DeviceModelRequest request, @Context SecurityContext security) {
        if (request == null) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "a body {displayName, serialNumberPattern, asins, sampleSerials} is required");
        }
        boolean isNew =
                devices.models().stream().noneMatch(model -> model.getModelId().equals(modelId));
        try {
            devices.saveModel(
                    modelId,
                    request.displayName(),
                    request.serialNumberPattern(),
                    request.asins() == null ? Set.of() : request.asins(),
                    request.slots(),
                    request.sampleSerials() == null ? List.of() : request.sampleSerials(),
                    isNew,
                    security.getUserPrincipal().getName());
            return Response.status(isNew ? Response.Status.CREATED : Response.Status.OK)
                    .build();
        } catch (DeviceModelRejectedException | DuplicateDeviceModelException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @GET
    @Path("sns/parked")
    @Operation(summary = "Parked SNS notifications by reason, the most frequent first")
    public List<SnsNotificationService.ParkedReason> parkedReasons() {
        return parked.reasons();
    }

    @POST
    @Path("sns/parked/{messageId}/reprocess")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Applies one parked notification again (once its cause is fixed); audited",
            description = "APPLIED, or STILL_PARKED with the new reason; 404 when it is not parked")
    public Response reprocess(@PathParam("messageId") String messageId, @Context SecurityContext security) {
        SnsNotificationService.Reprocessed outcome =
                parked.reprocess(messageId, security.getUserPrincipal().getName());
        if (outcome == SnsNotificationService.Reprocessed.NOT_PARKED) {
            return error(Response.Status.NOT_FOUND, "no parked notification " + messageId);
        }
        return Response.ok(Json.createObjectBuilder()
                        .add("outcome", outcome.name())
                        .build())
                .build();
    }

    public record ReprocessRequest(String reason) {}

    @POST
    @Path("sns/parked/reprocess")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Applies again every parked notification with exactly this reason, each on its own; audited")
    public Response reprocessAll(ReprocessRequest request, @Context SecurityContext security) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            return error(Response.Status.BAD_REQUEST, "a body {\"reason\": \"...\"} is required");
        }
        ParkedNotificationAdministration.ReprocessedCounts counts = parked.reprocessAll(
                request.reason(), security.getUserPrincipal().getName());
        return Response.ok(Json.createObjectBuilder()
                        .add("applied", counts.applied())
                        .add("stillParked", counts.stillParked())
                        .build())
                .build();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", message).build())
                .build();
    }
}
