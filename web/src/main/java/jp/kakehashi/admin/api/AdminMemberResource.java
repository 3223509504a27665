package jp.kakehashi.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.MemberAdministration;
import jp.kakehashi.member.application.MemberFilter;
import jp.kakehashi.member.application.MemberList;
import jp.kakehashi.member.application.MemberOverview;
import jp.kakehashi.member.security.AccountClosing;
import jp.kakehashi.shared.paging.Choice;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Members for operators' scripts (issue 29), as on the admin member pages: search, one member with their devices and
 * recent activity, disabling, enabling and deleting on request; each change audited with the admin's name.
 * State-changing calls take JSON (@Consumes): a browser cannot send that cross-site without a CORS preflight.
 */
@Path("admin/members")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "admin")
public class AdminMemberResource {

    @Inject
    private MemberAdministration members;

    @Inject
    private MemberList lists;

    @Inject
    private AccountClosing accountClosing;

    @GET
    @Operation(
            summary = "A page of members, newest first",
            description =
                    "Filters: search (e-mail, name or Amazon buyer id), amazon (LINKED or NOT_LINKED), from/to (joined)")
    public Response members(@BeanParam ListParameters list, @QueryParam("amazon") String amazon, @Context UriInfo uri) {
        return AdminResource.list(
                uri,
                () -> lists.members(
                        new MemberFilter(
                                list.search(),
                                Choice.of(MemberFilter.AmazonLink.class, "amazon", amazon),
                                list.period()),
                        list.page()));
    }

    @GET
    @Path("{memberId}")
    @Operation(
            summary =
                    "One member: profile, addresses, Amazon link, devices, credentials (kind and dates) and recent activity")
    @APIResponse(responseCode = "404", description = "No such member")
    public Response member(@PathParam("memberId") long memberId) {
        return members.detail(memberId).map(data -> Response.ok(data).build()).orElseGet(() -> notFound(memberId));
    }

    @POST
    @Path("{memberId}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Disable the member: no sign-in anywhere, sessions ended, app tokens and device credentials revoked; audited")
    @APIResponse(responseCode = "404", description = "No such member")
    public Response disable(@PathParam("memberId") long memberId, @Context SecurityContext security) {
        return change(
                memberId,
                () -> members.disable(memberId, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("{memberId}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable the member again (credentials stay revoked); audited")
    @APIResponse(responseCode = "404", description = "No such member")
    public Response enable(@PathParam("memberId") long memberId, @Context SecurityContext security) {
        return change(
                memberId,
                () -> members.enable(memberId, security.getUserPrincipal().getName()));
    }

    @DELETE
    @Path("{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete the member on their request, as they would themselves; audited with the admin's name")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such member")
    @APIResponse(responseCode = "409", description = "A device was set up meanwhile; nothing changed")
    @APIResponse(
            responseCode = "503",
            description = "Amazon could not be told to deregister a device; not deleted, try again later")
    public Response delete(@PathParam("memberId") long memberId, @Context SecurityContext security) {
        AccountClosing.Result result = accountClosing.closeOnRequest(
                memberId, security.getUserPrincipal().getName());
        return switch (result.outcome()) {
            case DELETED -> Response.noContent().build();
            case NO_SUCH_MEMBER -> notFound(memberId);
            case AMAZON_UNAVAILABLE ->
                Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header("Retry-After", "60")
                        .entity(message("Amazon could not be told to deregister device " + result.modelId() + " "
                                + result.serialNumber() + "; the member is not deleted, try again later"))
                        .build();
            case DEVICE_STILL_REGISTERED ->
                Response.status(Response.Status.CONFLICT)
                        .entity(message("device " + result.modelId() + " " + result.serialNumber()
                                + " was set up meanwhile; nothing changed"))
                        .build();
        };
    }

    private static Response change(long memberId, Supplier<MemberOverview> action) {
        try {
            return Response.ok(action.get()).build();
        } catch (AdminActionRefusedException e) {
            return notFound(memberId);
        }
    }

    private static Response notFound(long memberId) {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(message("no member " + memberId))
                .build();
    }

    private static jakarta.json.JsonObject message(String text) {
        return Json.createObjectBuilder().add("error", text).build();
    }
}
