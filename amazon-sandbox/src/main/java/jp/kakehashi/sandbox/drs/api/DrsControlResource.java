package jp.kakehashi.sandbox.drs.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kakehashi.sandbox.drs.DrsOrder;
import jp.kakehashi.sandbox.drs.DrsOrders;
import jp.kakehashi.sandbox.drs.DrsSubscriptions;

/** The DRS sandbox's control API for tests and tools: {@code /api/sandbox/drs/...} (README, "Dash Replenishment"). */
@Path("sandbox/drs")
@Produces(MediaType.APPLICATION_JSON)
public class DrsControlResource {

    @Inject
    DrsOrders orders;

    @Inject
    jp.kakehashi.sandbox.drs.DeviceActivity activity;

    @Inject
    DrsSubscriptions subscriptions;

    public record OrderView(
            String eventInstanceId,
            String modelId,
            String serial,
            String slotId,
            String asin,
            String state,
            String placedAt,
            String updatedAt) {
        static OrderView of(DrsOrder order) {
            return new OrderView(
                    order.eventInstanceId(),
                    order.modelId(),
                    order.serial(),
                    order.slotId(),
                    order.asin(),
                    order.state().name(),
                    order.placedAt().toString(),
                    order.updatedAt().toString());
        }
    }

    /** Orders placed, newest first; {@code serial}: one device's. */
    @GET
    @Path("orders")
    public List<OrderView> orders(@QueryParam("serial") String serial) {
        return orders.list(serial).stream().map(OrderView::of).toList();
    }

    /** The last DeviceStatus the device sent: {@code mostRecentlyActiveDate}, when it came, how many so far. */
    @GET
    @Path("devices/{modelId}/{serial}/status")
    public jp.kakehashi.sandbox.drs.DeviceActivity.Report deviceStatus(
            @PathParam("modelId") String modelId, @PathParam("serial") String serial) {
        return activity.last(modelId, serial)
                .orElseThrow(() -> new NotFoundException("no DeviceStatus from " + serial));
    }

    /** What the customer subscribed each slot of the device to. */
    @GET
    @Path("devices/{modelId}/{serial}/subscriptions")
    public List<DrsSubscriptions.SlotSubscription> subscriptions(
            @PathParam("modelId") String modelId, @PathParam("serial") String serial) {
        return subscriptions.of(modelId, serial);
    }

    /**
     * The customer changes a slot's subscription on Amazon's site: {@code {"asin": "B0..."}} subscribes it to one of
     * the model's products, {@code {"asin": null}} (or no asin) ends it. SubscriptionChangedNotification follows.
     */
    @PUT
    @Path("devices/{modelId}/{serial}/subscriptions/{slotId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DrsSubscriptions.SlotSubscription changeSubscription(
            @PathParam("modelId") String modelId,
            @PathParam("serial") String serial,
            @PathParam("slotId") String slotId,
            JsonObject body) {
        String asin =
                body == null || !body.containsKey("asin") || body.isNull("asin") ? null : body.getString("asin", null);
        // An IllegalArgumentException (unknown device, slot or ASIN) is a 400 with its reason (InvalidRequestMapper)
        return subscriptions.change(modelId, serial, slotId, asin);
    }

    /** The customer cancels an order in progress: OrderCancelledNotification follows. */
    @POST
    @Path("orders/{eventInstanceId}/cancellation")
    public OrderView cancel(@PathParam("eventInstanceId") String eventInstanceId) {
        return orders.cancel(eventInstanceId)
                .map(OrderView::of)
                .orElseThrow(() -> new NotFoundException("no order in progress " + eventInstanceId));
    }
}
