package jp.kakehashi.sandbox.lwa.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import jp.kakehashi.sandbox.lwa.AccessTokenLifetime;
import jp.kakehashi.sandbox.lwa.DeviceModels;
import jp.kakehashi.sandbox.lwa.LwaClients;
import jp.kakehashi.sandbox.lwa.PreRegisteredDevices;
import jp.kakehashi.sandbox.lwa.domain.DeviceModel;
import jp.kakehashi.sandbox.lwa.domain.PreRegisteredDevice;
import jp.kakehashi.sandbox.lwa.token.AuthorizationCodes;
import jp.kakehashi.sandbox.lwa.token.IssuedTokens;

/**
 * The sandbox's own control API for Login with Amazon, for tests and the other sandbox parts:
 * {@code /api/sandbox/lwa/clients}, {@code /models}, {@code /devices} (GET, POST, DELETE {@code /{model}/{serial}})
 * {@code /devices/{model}/{serial}/revocation} (POST: the customer cancels at Amazon),
 * {@code /devices/{model}/{serial}/access-token-expiry} (POST), {@code /tokens} (counts) and
 * {@code /access-token-lifetime} (PUT, DELETE). Never shows a secret or a token.
 */
@Path("sandbox/lwa")
@Produces(MediaType.APPLICATION_JSON)
public class LwaControlResource {

    @Inject
    private LwaClients clients;

    @Inject
    private DeviceModels models;

    @Inject
    private PreRegisteredDevices devices;

    @Inject
    private IssuedTokens tokens;

    @Inject
    private AuthorizationCodes codes;

    @Inject
    private AccessTokenLifetime accessTokenLifetime;

    @GET
    @Path("clients")
    public List<String> clients() {
        return clients.clientIds();
    }

    @GET
    @Path("models")
    public List<ModelView> models() {
        return models.all().stream().map(ModelView::of).toList();
    }

    @GET
    @Path("devices")
    public List<PreRegisteredDevice> devices() {
        return devices.list();
    }

    @POST
    @Path("devices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preRegister(DevicePreRegistration registration) {
        if (registration == null) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "A body {\"serial\",\"modelId\",\"directedCustomerId\",\"asins\"} is required");
        }
        try {
            PreRegisteredDevice device = devices.preRegister(
                    registration.serial(),
                    registration.modelId(),
                    registration.directedCustomerId(),
                    registration.asins());
            return Response.status(Response.Status.CREATED).entity(device).build();
        } catch (IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        } catch (IllegalStateException e) {
            return error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @DELETE
    @Path("devices/{modelId}/{serial}")
    public Response remove(@PathParam("modelId") String modelId, @PathParam("serial") String serial) {
        return devices.remove(modelId, serial)
                ? Response.noContent().build()
                : error(Response.Status.NOT_FOUND, "No device " + serial + " of model " + modelId);
    }

    /**
     * The customer cancels replenishment for the device at Amazon: every refresh and access token issued for it stops
     * working (a refresh then answers {@code invalid_grant}). Its pre-registration stays.
     */
    @POST
    @Path("devices/{modelId}/{serial}/revocation")
    public Map<String, Integer> revoke(@PathParam("modelId") String modelId, @PathParam("serial") String serial) {
        return Map.of("revoked", tokens.revokeDevice(modelId, serial));
    }

    /**
     * The device's access tokens expire now (its refresh token still works): what a DRS call meets when the token
     * outlived its hour.
     */
    @POST
    @Path("devices/{modelId}/{serial}/access-token-expiry")
    public Map<String, Integer> expireAccessTokens(
            @PathParam("modelId") String modelId, @PathParam("serial") String serial) {
        return Map.of("expired", tokens.expireAccessTokens(modelId, serial));
    }

    /** {@code {"lifetime":"PT5M"}}: access tokens issued from now on live that long; DELETE restores the setting. */
    @PUT
    @Path("access-token-lifetime")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response overrideAccessTokenLifetime(Map<String, String> body) {
        try {
            accessTokenLifetime.override(Duration.parse(body == null ? "" : String.valueOf(body.get("lifetime"))));
            return Response.ok(Map.of("lifetime", accessTokenLifetime.get().toString()))
                    .build();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "A body {\"lifetime\":\"PT5M\"} with a positive ISO-8601 duration is required");
        }
    }

    @DELETE
    @Path("access-token-lifetime")
    public Map<String, String> restoreAccessTokenLifetime() {
        accessTokenLifetime.override(null);
        return Map.of("lifetime", accessTokenLifetime.get().toString());
    }

    @GET
    @Path("tokens")
    public Map<String, Integer> tokens() {
        return Map.of(
                "accessTokens",
                tokens.liveAccessTokenCount(),
                "refreshTokens",
                tokens.refreshTokenCount(),
                "authorizationCodes",
                codes.pendingCount());
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", message))
                .build();
    }

    /** {@code asins} may be left out: none chosen yet. */
    public record DevicePreRegistration(String serial, String modelId, String directedCustomerId, List<String> asins) {}

    public record ModelView(
            String modelId, String serialRegex, List<String> asins, String ownerClientId, boolean whitelisted) {
        static ModelView of(DeviceModel model) {
            return new ModelView(
                    model.modelId(), model.serialRegex(), model.asins(), model.ownerClientId(), model.whitelisted());
        }
    }
}
