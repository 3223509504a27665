package jp.kakehashi.drs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import jp.kakehashi.drs.application.DeviceSetup;
import jp.kakehashi.drs.web.MemberDeviceList;
import jp.kakehashi.member.application.ApiTokenConfiguration;
import jp.kakehashi.member.application.ApiTokens;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The signed-in member's devices, and their Dash Replenishment setup by pre-registration (the DRS pre-registration guide, pull). */
@Path("devices")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    private MemberDeviceList memberDevices;

    @Inject
    private DeviceSetup deviceSetup;

    @GET
    @Operation(
            summary = "The member's devices",
            description =
                    "Devices the member set up, and those Amazon "
                            + "registered to the member's linked Amazon account that nobody has set up. Token values are never shown.")
    public List<DeviceView> devices() {
        return memberDevices.devices().stream().map(DeviceView::of).toList();
    }

    @POST
    @Path("setup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set up a device by its pre-registration",
            description =
                    "Exchanges the model and serial for Login with Amazon tokens, kept on the server, when Amazon "
                            + "registered the device to the Amazon account this member linked (or it is Amazon's whitelisted "
                            + "test device). Any other serial, whether unknown, free or another customer's, gets the same "
                            + "answer: the DRS teaser, whose Login with Amazon consent binds new tokens to whoever signs in.")
    @APIResponse(responseCode = "201", description = "Set up: skip the DRS teaser")
    @APIResponse(
            responseCode = "200",
            description = "Not known as this member's pre-registered device: show the DRS teaser (teaserUrl)")
    @APIResponse(responseCode = "400", description = "Unknown model, or a serial that is not the model's")
    @APIResponse(responseCode = "409", description = "This device cannot be set up on this account; nothing changed")
    @APIResponse(responseCode = "429", description = "Too many setup attempts: try again after Retry-After seconds")
    @APIResponse(responseCode = "503", description = "Amazon unavailable: try again later; nothing changed")
    public Response setUp(DeviceSetupRequest request) {
        if (request == null || request.modelId() == null || request.serialNumber() == null) {
            return answer(
                    Response.Status.BAD_REQUEST,
                    "INVALID_REQUEST",
                    false,
                    null,
                    "modelId and serialNumber are required");
        }
        String serial = request.serialNumber().strip();
        DeviceSetup.Outcome outcome = deviceSetup.setUp(memberDevices.claimant(), request.modelId(), serial);
        return switch (outcome) {
            case SET_UP -> answer(Response.Status.CREATED, outcome.name(), true, null, "set up; skip the DRS teaser");
            case NOT_PRE_REGISTERED ->
                answer(
                        Response.Status.OK,
                        outcome.name(),
                        false,
                        "/member/drs-teaser.xhtml?model=" + encode(request.modelId()) + "&serial=" + encode(serial),
                        "not pre-registered to this account: show the DRS teaser and the standard Login with Amazon setup");
            case UNKNOWN_MODEL ->
                answer(Response.Status.BAD_REQUEST, outcome.name(), false, null, "unknown device model");
            case INVALID_SERIAL ->
                answer(Response.Status.BAD_REQUEST, outcome.name(), false, null, "not a serial number of this model");
            case NOT_AVAILABLE ->
                answer(
                        Response.Status.CONFLICT,
                        outcome.name(),
                        false,
                        null,
                        "this device cannot be set up on this account; nothing changed");
            case TOO_MANY_ATTEMPTS ->
                Response.status(Response.Status.TOO_MANY_REQUESTS)
                        .header(
                                "Retry-After",
                                String.valueOf(deviceSetup.setupAttemptsWindow().toSeconds()))
                        .entity(new DeviceSetupResponse(
                                outcome.name(), false, null, "too many setup attempts; try again later"))
                        .build();
            case AUTHORIZATION_REFUSED ->
                answer(Response.Status.CONFLICT, outcome.name(), false, null, "Amazon refused the setup");
            case UNAVAILABLE, ANSWER_LOST ->
                Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header("Retry-After", "30")
                        .entity(new DeviceSetupResponse(
                                outcome.name(), false, null, "Amazon unavailable; nothing changed"))
                        .build();
            case CONFIGURATION_ERROR ->
                answer(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        outcome.name(),
                        false,
                        null,
                        "the shop's Login with Amazon configuration is wrong");
        };
    }

    @DELETE
    @Path("{modelId}/{serialNumber}")
    @Operation(
            summary = "Remove a device from the member's account",
            description = "Deregisters the device at Amazon (DRS Deregistration), then releases it and destroys the "
                    + "tokens Kakehashi held for it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "503", description = "Amazon could not be told; nothing changed")
    @APIResponse(responseCode = "404", description = "The member holds no such device")
    public Response remove(@PathParam("modelId") String modelId, @PathParam("serialNumber") String serialNumber) {
        return switch (deviceSetup.remove(memberDevices.claimant().memberId(), modelId, serialNumber)) {
            case REMOVED -> Response.noContent().build();
            case NOT_HELD ->
                answer(Response.Status.NOT_FOUND, "NOT_FOUND", false, null, "no such device on this account");
            case AMAZON_UNAVAILABLE ->
                Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header("Retry-After", "60")
                        .entity(new DeviceSetupResponse(
                                "AMAZON_UNAVAILABLE",
                                false,
                                null,
                                "Amazon could not be told to deregister the device; nothing changed, try again later"))
                        .build();
        };
    }

    @POST
    @Path("{modelId}/{serialNumber}/credentials")
    @Operation(
            summary = "A credential for the device itself",
            description = "A Bearer token the device (or the maker's IoT backend for it) reports its slots with: it "
                    + "reaches this device's slots only (never a page), expires after api.device-credential.lifetime "
                    + "(expires_at) unless the device rotates it, and is revoked when the device is removed or changes "
                    + "hands, and when the member signs out everywhere. Shown once.")
    @APIResponse(responseCode = "201", description = "{\"credential\": \"kkd_...\"}")
    @APIResponse(responseCode = "404", description = "The member holds no such device")
    public Response issueCredential(
            @PathParam("modelId") String modelId, @PathParam("serialNumber") String serialNumber) {
        long memberId = memberDevices.claimant().memberId();
        return memberDevices.holds(modelId, serialNumber)
                ? Response.status(Response.Status.CREATED)
                        .header("Cache-Control", "no-store")
                        .entity(java.util.Map.of(
                                "credential",
                                apiTokens.issueDeviceCredential(memberId, modelId, serialNumber),
                                "expires_at",
                                Instant.now()
                                        .plus(tokenConfiguration.deviceCredentialLifetime())
                                        .toString()))
                        .build()
                : answer(Response.Status.NOT_FOUND, "NOT_FOUND", false, null, "no such device on this account");
    }

    @GET
    @Path("{modelId}/{serialNumber}/credentials")
    @Operation(
            summary = "The device's usable credentials",
            description = "When each was issued, last used (to the minute) and expires; never the credential itself.")
    @APIResponse(responseCode = "200", description = "The credentials, oldest first")
    @APIResponse(responseCode = "404", description = "The member holds no such device")
    public Response credentials(@PathParam("modelId") String modelId, @PathParam("serialNumber") String serialNumber) {
        if (!memberDevices.holds(modelId, serialNumber)) {
            return answer(Response.Status.NOT_FOUND, "NOT_FOUND", false, null, "no such device on this account");
        }
        List<ApiTokens.DeviceCredential> credentials =
                apiTokens.deviceCredentials(memberDevices.claimant().memberId()).stream()
                        .filter(credential -> credential.modelId().equals(modelId)
                                && credential.serialNumber().equals(serialNumber))
                        .toList();
        return Response.ok(credentials).build();
    }

    @POST
    @Path("{modelId}/{serialNumber}/credentials/rotation")
    @Operation(
            summary = "The device renews its own credential",
            description = "Called with the device's credential as Bearer: answers a new one of a full lifetime and "
                    + "revokes the one presented. Shown once.")
    @APIResponse(responseCode = "201", description = "{\"credential\": \"kkd_...\", \"expires_at\": ...}")
    @APIResponse(responseCode = "403", description = "Not called with this device's own credential")
    public Response rotateCredential(
            @PathParam("modelId") String modelId,
            @PathParam("serialNumber") String serialNumber,
            @HeaderParam("Authorization") String authorization) {
        // DeviceScopeFilter lets only this device's credential through; the member's own sign-in issues with POST
        // .../credentials
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer kkd_", 0, 11)) {
            return answer(
                    Response.Status.FORBIDDEN,
                    "NOT_A_DEVICE_CREDENTIAL",
                    false,
                    null,
                    "call with the device's own credential; the member issues a new one with POST .../credentials");
        }
        return apiTokens
                .rotateDeviceCredential(authorization.substring(7).strip())
                .map(credential -> Response.status(Response.Status.CREATED)
                        .header("Cache-Control", "no-store")
                        .entity(java.util.Map.of(
                                "credential",
                                credential,
                                "expires_at",
                                Instant.now()
                                        .plus(tokenConfiguration.deviceCredentialLifetime())
                                        .toString()))
                        .build())
                .orElseGet(() -> answer(
                        Response.Status.FORBIDDEN,
                        "NOT_A_DEVICE_CREDENTIAL",
                        false,
                        null,
                        "the credential is not usable"));
    }

    @DELETE
    @Path("{modelId}/{serialNumber}/credentials")
    @Operation(summary = "Revoke the device's credentials")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "The member holds no such device")
    public Response revokeCredentials(
            @PathParam("modelId") String modelId, @PathParam("serialNumber") String serialNumber) {
        if (!memberDevices.holds(modelId, serialNumber)) {
            return answer(Response.Status.NOT_FOUND, "NOT_FOUND", false, null, "no such device on this account");
        }
        apiTokens.revokeDeviceCredentials(modelId, serialNumber);
        return Response.noContent().build();
    }

    @Inject
    private ApiTokens apiTokens;

    @Inject
    private ApiTokenConfiguration tokenConfiguration;

    private static Response answer(
            Response.Status status, String outcome, boolean skipTeaser, String teaserUrl, String message) {
        return Response.status(status)
                .entity(new DeviceSetupResponse(outcome, skipTeaser, teaserUrl, message))
                .build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
