package jp.kakehashi.sandbox.drs.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.kakehashi.sandbox.drs.DrsOrder;
import jp.kakehashi.sandbox.drs.DrsOrders;
import jp.kakehashi.sandbox.drs.DrsSandboxConfig;
import jp.kakehashi.sandbox.drs.DrsSubscriptions;
import jp.kakehashi.sandbox.lwa.PreRegisteredDevices;
import jp.kakehashi.sandbox.lwa.token.IssuedTokens;
import jp.kakehashi.sandbox.lwa.token.TokenSubject;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationPublisher;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationType;

/**
 * The Dash Replenishment service API ({@code https://dash-replenishment-service-na.amazon.com}), as Amazon's public
 * reference describes each endpoint: its path and method, the {@code x-amzn-type-version} and
 * {@code x-amzn-accept-type} it supports, {@code Authorization: Bearer} with a Login with Amazon access token of the
 * device, and its answer. Where the reference is silent (error bodies, header mismatches, tokens of another client),
 * the sandbox chooses: 400 for a missing or wrong version header and for an invalid or expired token (the reference's
 * "client error such as an invalid token"), 401 without a bearer token, 403 for a slot the model does not have, 400
 * SlotNotSubscribed for a Replenish of a slot the customer has no subscription for, 403 AccessDenied for any call with
 * the whitelisted test device's token (the DRS pre-registration guide: it "cannot be used for subsequent replenishment
 * calls").
 * Every answer carries {@code x-amzn-RequestId}.
 */
@Path("drs")
public class DrsServiceResource {

    static final String PREFIX = "com.amazon.dash.replenishment.";

    @Inject
    IssuedTokens tokens;

    @Inject
    DrsOrders orders;

    @Inject
    DrsSandboxConfig config;

    @Inject
    PreRegisteredDevices devices;

    @Inject
    DrsNotificationPublisher notifications;

    @Inject
    jp.kakehashi.sandbox.drs.DeviceActivity activity;

    @Inject
    DrsSubscriptions subscriptions;

    /** Replenish: orders the ASIN the customer chose for the slot, unless an order for it is in progress. */
    @POST
    @Path("replenish/{slotId}")
    public Response replenish(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept,
            @PathParam("slotId") String slotId) {
        TokenSubject device = authorize(authorization, type, accept, "DrsReplenishInput@1.0", "DrsReplenishResult@1.0");
        requireSlot(device, slotId);
        String asin = subscriptions
                .of(device.modelId(), device.serial(), slotId)
                .map(DrsSubscriptions.SlotSubscription::asin)
                .orElse(null);
        if (asin == null) {
            throw error(400, "SlotNotSubscribed", "The customer has no subscription for slot " + slotId);
        }
        DrsOrders.Placement placement = orders.replenish(device, slotId, asin);
        // The whitelisted test device never gets here (authorize refuses its token), so no TEST_ORDER_PLACED
        String detailCode = placement.placedNow() ? "STANDARD_ORDER_PLACED" : "ORDER_INPROGRESS";
        return answer(
                200,
                "DrsReplenishResult@1.0",
                Json.createObjectBuilder()
                        .add("eventInstanceId", placement.order().eventInstanceId())
                        .add("detailCode", detailCode));
    }

    /** SlotStatus: the device reports how much is left in a slot. */
    @POST
    @Path("slotStatus/{slotId}")
    public Response slotStatus(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept,
            @PathParam("slotId") String slotId,
            String body) {
        TokenSubject device =
                authorize(authorization, type, accept, "DrsSlotStatusInput@1.0", "DrsSlotStatusResult@1.0");
        requireSlot(device, slotId);
        JsonObject status = json(body);
        requireNumber(status, "remainingQuantityInUnit");
        requireNumber(status, "originalQuantityInUnit");
        requireDate(status, "expectedReplenishmentDate", true);
        requireDate(status, "lastUseDate", true);
        return answer(200, "DrsSlotStatusResult@1.0", null);
    }

    /** DeviceStatus: the daily sign of life. */
    @POST
    @Path("deviceStatus")
    public Response deviceStatus(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept,
            String body) {
        TokenSubject device =
                authorize(authorization, type, accept, "DrsDeviceStatusInput@1.0", "DrsDeviceStatusResult@1.0");
        JsonObject status = json(body);
        requireDate(status, "mostRecentlyActiveDate", false);
        activity.record(device.modelId(), device.serial(), status.getString("mostRecentlyActiveDate"));
        return answer(200, "DrsDeviceStatusResult@1.0", null);
    }

    /**
     * SubscriptionInfo: which of the model's slots the customer subscribed. Version 1.0 answers a boolean per slot;
     * version 2.0 adds the product and quantity Amazon reorders.
     */
    @GET
    @Path("subscriptionInfo")
    public Response subscriptionInfo(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept) {
        boolean withProducts = (PREFIX + "DrsSubscriptionInfoResult@2.0").equals(accept);
        String result = withProducts ? "DrsSubscriptionInfoResult@2.0" : "DrsSubscriptionInfoResult@1.0";
        TokenSubject device = authorize(authorization, type, accept, "DrsSubscriptionInfoInput@1.0", result);
        JsonObjectBuilder slots = Json.createObjectBuilder();
        for (DrsSubscriptions.SlotSubscription slot : subscriptions.of(device.modelId(), device.serial())) {
            if (!withProducts) {
                slots.add(slot.slotId(), slot.subscribed());
                continue;
            }
            slots.add(
                    slot.slotId(),
                    Json.createObjectBuilder()
                            .add(
                                    "productInfoList",
                                    !slot.subscribed()
                                            ? Json.createArrayBuilder()
                                            : Json.createArrayBuilder()
                                                    .add(Json.createObjectBuilder()
                                                            .add("asin", slot.asin())
                                                            .add("quantity", 1)
                                                            .add("unit", "count")))
                            .add("subscribed", slot.subscribed()));
        }
        return answer(200, result, Json.createObjectBuilder().add("slotsSubscriptionStatus", slots));
    }

    /** Deregistration: the device leaves DRS; its tokens stop working and DeviceDeregisteredNotification follows. */
    @DELETE
    @Path("registration")
    public Response deregister(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept) {
        TokenSubject device =
                authorize(authorization, type, accept, "DrsDeregisterInput@2.0", "DrsDeregisterResult@1.0");
        orders.forgetDevice(device.modelId(), device.serial());
        subscriptions.forget(device.modelId(), device.serial());
        tokens.revokeDevice(device.modelId(), device.serial());
        // The whitelisted test device's token is refused (authorize), so its serials stay exchangeable untouched
        devices.remove(device.modelId(), device.serial());
        notifications.publish(
                DrsNotificationType.DeviceDeregisteredNotification,
                device.serial(),
                device.modelId(),
                device.directedCustomerId(),
                device.clientId(),
                null,
                null);
        return answer(200, "DrsDeregisterResult@1.0", null);
    }

    /** GetOrderInfo: an order by the eventInstanceId Replenish answered. */
    @GET
    @Path("getOrderInfo/{eventInstanceId}")
    public Response orderInfo(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("x-amzn-type-version") String type,
            @HeaderParam("x-amzn-accept-type") String accept,
            @PathParam("eventInstanceId") String eventInstanceId) {
        TokenSubject device = authorize(authorization, type, accept, "DrsOrderInfoInput@1.0", "DrsOrderInfoResult@1.0");
        DrsOrder order = orders.find(eventInstanceId)
                .filter(found -> found.serial().equals(device.serial())
                        && found.modelId().equals(device.modelId()))
                .orElseThrow(() -> error(400, "InvalidInput", "unknown eventInstanceId"));
        String status = switch (order.state()) {
            case PLACED -> "Pending";
            case SHIPPED -> "Shipped";
            case DELIVERED -> "Delivered";
            case CANCELLED -> "Cancelled";
        };
        return answer(
                200,
                "DrsOrderInfoResult@1.0",
                Json.createObjectBuilder()
                        .add(
                                "orderInfoData",
                                Json.createObjectBuilder()
                                        .add("instanceId", order.eventInstanceId())
                                        .add(
                                                "orderItems",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("asin", order.asin())
                                                                .add("quantity", 1)
                                                                .add("slotId", order.slotId())
                                                                .add("status", status)))));
    }

    private TokenSubject authorize(String authorization, String type, String accept, String input, String result) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw error(401, "Unauthorized", "Authorization: Bearer <access token> is required");
        }
        if (!(PREFIX + input).equals(type) || !(PREFIX + result).equals(accept)) {
            throw error(
                    400,
                    "InvalidVersion",
                    "x-amzn-type-version must be " + PREFIX + input + " and x-amzn-accept-type " + PREFIX + result);
        }
        TokenSubject subject = tokens.findValidAccessToken(
                        authorization.substring("Bearer ".length()).strip())
                .map(IssuedTokens.AccessToken::subject)
                .orElseThrow(() -> error(400, "InvalidToken", "The access token is invalid or has expired"));
        if (subject.modelId() == null || subject.serial() == null) {
            throw error(403, "AccessDenied", "The token is not a device's");
        }
        // The DRS pre-registration guide: the whitelisted test device's token "cannot be used for subsequent
        // replenishment calls". Amazon does not say how it refuses; the sandbox answers as for another forbidden use.
        if (!subject.replenishmentAllowed()) {
            throw error(
                    403,
                    "AccessDenied",
                    "The token is the whitelisted test device's: it cannot be used for replenishment calls");
        }
        return subject;
    }

    private void requireSlot(TokenSubject device, String slotId) {
        if (!slotsOf(device).contains(slotId)) {
            throw error(403, "InvalidSlot", "The device model has no slot " + slotId);
        }
    }

    private List<String> slotsOf(TokenSubject device) {
        return config.slotsByModel().getOrDefault(device.modelId(), List.of());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null || body.isBlank() ? "{}" : body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw error(400, "InvalidInput", "The body is not a JSON object");
        }
    }

    private static void requireNumber(JsonObject body, String name) {
        if (!body.containsKey(name)
                || body.get(name).getValueType() != JsonValue.ValueType.NUMBER
                || body.getJsonNumber(name).doubleValue() < 0) {
            throw error(400, "InvalidInput", name + " must be a number of at least 0");
        }
    }

    private static void requireDate(JsonObject body, String name, boolean optional) {
        if (!body.containsKey(name) && optional) {
            return;
        }
        try {
            OffsetDateTime.parse(body.getString(name));
        } catch (RuntimeException e) {
            throw error(400, "InvalidInput", name + " must be an ISO 8601 date and time");
        }
    }

    static Response answer(int status, String resultType, JsonObjectBuilder body) {
        Response.ResponseBuilder answer = Response.status(status)
                .header("x-amzn-type-version", PREFIX + resultType)
                .header("x-amzn-RequestId", UUID.randomUUID().toString());
        return body == null
                ? answer.build()
                : answer.type(MediaType.APPLICATION_JSON)
                        .entity(body.build().toString())
                        .build();
    }

    static jakarta.ws.rs.WebApplicationException error(int status, String code, String message) {
        return new jakarta.ws.rs.WebApplicationException(Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .header("x-amzn-RequestId", UUID.randomUUID().toString())
                .entity(Json.createObjectBuilder()
                        .add("code", code)
                        .add("message", message)
                        .build()
                        .toString())
                .build());
    }
}
