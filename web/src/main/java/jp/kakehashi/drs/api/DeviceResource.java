package jp.kakehashi.drs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kakehashi.drs.application.DeviceSetup;
import jp.kakehashi.drs.application.DeviceSetupService;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.web.CurrentMember;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The signed-in member's devices, and their Dash Replenishment setup by pre-registration (seed 003, pull). */
@Path("devices")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    private CurrentMember currentMember;

    @Inject
    private DeviceSetup deviceSetup;

    @Inject
    private DeviceSetupService setups;

    @GET
    @Operation(summary = "The member's devices", description = "Devices the member set up, and those Amazon "
            + "pre-registered for the member's linked Amazon account. Token values are never shown.")
    public List<DeviceView> devices() {
        Member member = currentMember.member().orElseThrow();
        return setups.devicesOf(member.getId(), member.getAmazonBuyerId().orElse(null)).stream().map(device -> {
            var tokens = setups.tokensOf(device.getId());
            return new DeviceView(device.getModelId(), device.getSerialNumber(), device.getStatus().name(),
                    tokens.map(DeviceTokens::getState).map(Enum::name).orElse(null),
                    tokens.map(DeviceTokens::getRefreshDueAt).orElse(null),
                    tokens.map(DeviceTokens::getLastRefreshedAt).orElse(null));
        }).toList();
    }

    @POST
    @Path("setup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a device by its pre-registration",
            description = "Exchanges the model and serial for Login with Amazon tokens, kept on the server.")
    @APIResponse(responseCode = "201", description = "Set up: skip the DRS teaser")
    @APIResponse(responseCode = "200", description = "Not pre-registered: show the DRS teaser (teaserUrl)")
    @APIResponse(responseCode = "400", description = "Unknown model, or a serial that is not the model's")
    @APIResponse(responseCode = "409", description = "Amazon refused: model not launched, or launched by another maker")
    @APIResponse(responseCode = "503", description = "Amazon unavailable: try again later; nothing changed")
    public Response setUp(DeviceSetupRequest request) {
        if (request == null || request.modelId() == null || request.serialNumber() == null) {
            return answer(Response.Status.BAD_REQUEST, "INVALID_REQUEST", false, null, "modelId and serialNumber are required");
        }
        long memberId = currentMember.member().orElseThrow().getId();
        String serial = request.serialNumber().strip();
        DeviceSetup.Outcome outcome = deviceSetup.setUp(memberId, request.modelId(), serial);
        return switch (outcome) {
            case SET_UP -> answer(Response.Status.CREATED, outcome.name(), true, null, "set up; skip the DRS teaser");
            case NOT_PRE_REGISTERED -> answer(Response.Status.OK, outcome.name(), false,
                    "/member/drs-teaser.xhtml?model=" + encode(request.modelId()) + "&serial=" + encode(serial),
                    "not pre-registered: show the DRS teaser and the standard Login with Amazon setup");
            case UNKNOWN_MODEL -> answer(Response.Status.BAD_REQUEST, outcome.name(), false, null, "unknown device model");
            case INVALID_SERIAL -> answer(Response.Status.BAD_REQUEST, outcome.name(), false, null, "not a serial number of this model");
            case MODEL_NOT_LAUNCHED, MODEL_OF_ANOTHER_CLIENT, AUTHORIZATION_REFUSED ->
                    answer(Response.Status.CONFLICT, outcome.name(), false, null, "Amazon refused the setup");
            case UNAVAILABLE -> Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .entity(new DeviceSetupResponse(outcome.name(), false, null, "Amazon unavailable; nothing changed")).build();
            case CONFIGURATION_ERROR -> answer(Response.Status.INTERNAL_SERVER_ERROR, outcome.name(), false, null,
                    "the shop's Login with Amazon configuration is wrong");
        };
    }

    private static Response answer(Response.Status status, String outcome, boolean skipTeaser, String teaserUrl, String message) {
        return Response.status(status).entity(new DeviceSetupResponse(outcome, skipTeaser, teaserUrl, message)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
