package jp.kakehashi.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.DeadLetterReplayProgress;
import jp.kakehashi.admin.application.DeadLetterReplays;
import jp.kakehashi.admin.application.DeadLetterSelection;
import jp.kakehashi.admin.application.ManagedQueue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Dead letters replayed in bulk, as the queues page does it: the messages chosen by id or by a filter go back onto their
 * queue in the background, a batch per transaction, each batch named in one audit entry.
 */
@Path("admin/queues/{name}/replays")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "admin")
public class DeadLetterReplayResource {

    @Inject
    private DeadLetterReplays replays;

    /**
     * What to replay: {@code messageIds}, or a filter of {@code drsType}, {@code serialNumber}, {@code putFrom} and
     * {@code putTo} (ISO-8601 instants, to exclusive); {@code {}} takes every message.
     */
    public record ReplayRequest(
            Set<String> messageIds, String drsType, String serialNumber, Instant putFrom, Instant putTo) {

        DeadLetterSelection selection() {
            return new DeadLetterSelection(messageIds, drsType, serialNumber, putFrom, putTo);
        }
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "How many messages on the exception destination a replay request would take now; changes nothing")
    public Response preview(@PathParam("name") String name, ReplayRequest request) {
        try {
            return checked(name, request)
                    .orElseGet(() -> Response.ok(Json.createObjectBuilder()
                                    .add("matching", replays.count(name, request.selection()))
                                    .build())
                            .build());
        } catch (AdminActionRefusedException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Replays the chosen dead letters onto their queue in the background (202, Location: its progress); audited",
            description = "At most " + DeadLetterReplays.MAX_MESSAGES
                    + " messages per replay. 404 for a queue that is not ours, "
                    + "409 for a live queue, 400 for a malformed selection")
    public Response start(
            @PathParam("name") String name,
            ReplayRequest request,
            @Context SecurityContext security,
            @Context UriInfo uri) {
        try {
            Response refused = checked(name, request).orElse(null);
            if (refused != null) {
                return refused;
            }
            DeadLetterReplayProgress started = replays.start(
                    name, request.selection(), security.getUserPrincipal().getName());
            return Response.accepted(started)
                    .location(uri.getAbsolutePathBuilder()
                            .path(Long.toString(started.id()))
                            .build())
                    .build();
        } catch (AdminActionRefusedException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "How far a bulk replay has got: total, replayed, gone (left the exception destination meanwhile), state")
    public Response progress(@PathParam("name") String name, @PathParam("id") long id) {
        return replays.progress(id)
                .filter(progress -> progress.deadLetterQueue().equals(name))
                .map(progress -> Response.ok(progress).build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, "no replay " + id + " of " + name));
    }

    private static Optional<Response> checked(String name, ReplayRequest request) {
        if (!ManagedQueue.isManaged(name)) {
            return Optional.of(error(Response.Status.NOT_FOUND, "no queue of Kakehashi's is called " + name));
        }
        if (ManagedQueue.ofDeadLetterQueue(name).isEmpty()) {
            return Optional.of(
                    error(Response.Status.CONFLICT, "only an exception destination's messages can be replayed"));
        }
        if (request == null) {
            return Optional.of(
                    error(
                            Response.Status.BAD_REQUEST,
                            "a body is required: {\"messageIds\": [...]}, a filter {drsType, serialNumber, putFrom, putTo}, or {} for all"));
        }
        return Optional.empty();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", message).build())
                .build();
    }
}
