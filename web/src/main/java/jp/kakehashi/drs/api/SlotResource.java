package jp.kakehashi.drs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import jp.kakehashi.drs.application.Replenishment;
import jp.kakehashi.drs.domain.ReplenishmentOrder;
import jp.kakehashi.drs.domain.SlotSubscription;
import jp.kakehashi.drs.web.MemberDeviceList;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A device's slots: the device (or its companion app, or the maker's IoT backend on its behalf) reports a slot's
 * level; Kakehashi tells Amazon (SlotStatus) and orders when the slot runs low by the model's rule (Replenish).
 */
@Path("devices/{modelId}/{serialNumber}/slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    @Inject
    private MemberDeviceList memberDevices;

    @Inject
    private Replenishment replenishment;

    /** A slot's level as the device measures it, in the unit agreed with Amazon. */
    public record SlotLevelReport(BigDecimal remainingQuantityInUnit, BigDecimal originalQuantityInUnit) {}

    public record OrderView(
            String state,
            String eventInstanceId,
            String detailCode,
            String asin,
            String expectedDelivery,
            Instant requestedAt,
            Instant updatedAt) {
        static OrderView of(ReplenishmentOrder order) {
            return order == null
                    ? null
                    : new OrderView(
                            order.getState().name(),
                            order.getEventInstanceId(),
                            order.getDetailCode(),
                            order.getAsin(),
                            order.getExpectedDelivery(),
                            order.getRequestedAt(),
                            order.getUpdatedAt());
        }
    }

    /** @param subscribed null until Amazon has told; asin: the product Amazon reorders, when known */
    public record SubscriptionView(
            Boolean subscribed, String asin, BigDecimal quantity, String unit, Instant updatedAt) {
        static SubscriptionView of(SlotSubscription subscription) {
            return subscription == null
                    ? new SubscriptionView(null, null, null, null, null)
                    : new SubscriptionView(
                            subscription.isSubscribed(),
                            subscription.getAsin(),
                            subscription.getQuantity(),
                            subscription.getUnit(),
                            subscription.getUpdatedAt());
        }
    }

    public record SlotView(
            String slotId,
            String name,
            int lowThresholdPercent,
            BigDecimal remainingQuantityInUnit,
            BigDecimal originalQuantityInUnit,
            Instant reportedAt,
            boolean low,
            OrderView order,
            SubscriptionView subscription) {
        static SlotView of(Replenishment.SlotView slot) {
            return new SlotView(
                    slot.slot().getSlotId(),
                    slot.slot().getDisplayName(),
                    slot.slot().getLowThresholdPercent(),
                    slot.level() == null ? null : slot.level().getRemaining(),
                    slot.level() == null ? null : slot.level().getOriginal(),
                    slot.level() == null ? null : slot.level().getReportedAt(),
                    slot.isLow(),
                    OrderView.of(slot.latestOrder()),
                    SubscriptionView.of(slot.subscription()));
        }
    }

    public record ReportAnswer(String outcome, boolean low, OrderView order, String message) {}

    @GET
    @Operation(
            summary = "The device's slots",
            description = "Each slot with its last reported level, its latest order "
                    + "and its subscription on Amazon (subscribed null until Amazon has told).")
    @APIResponse(responseCode = "200", description = "The slots")
    @APIResponse(responseCode = "404", description = "The member holds no such device")
    public Response slots(@PathParam("modelId") String modelId, @PathParam("serialNumber") String serialNumber) {
        return replenishment
                .slots(memberDevices.claimant().memberId(), modelId, serialNumber)
                .map(slots ->
                        Response.ok(slots.stream().map(SlotView::of).toList()).build())
                .orElseGet(
                        () -> answer(Response.Status.NOT_FOUND, "NOT_FOUND", null, "no such device on this account"));
    }

    @PUT
    @Path("{slotId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Report a slot's level",
            description = "Kakehashi reports it to Amazon (SlotStatus) and, when "
                    + "the slot is at or below the model's low threshold and no order for it is open, asks Amazon to replenish it. "
                    + "Reporting again while an order is open orders nothing more.")
    @APIResponse(
            responseCode = "200",
            description = "Reported; order: the slot's open order, if any; outcome "
                    + "NOT_SUBSCRIBED: low, but the customer has no subscription for the slot, so nothing was ordered")
    @APIResponse(responseCode = "400", description = "Levels missing, negative, or remaining above original")
    @APIResponse(responseCode = "404", description = "No such device on this account, or no such slot on its model")
    @APIResponse(
            responseCode = "409",
            description = "The device is not set up, or Amazon no longer accepts its tokens (set it up again)")
    @APIResponse(responseCode = "503", description = "Amazon unavailable: the level is kept; report again later")
    public Response report(
            @PathParam("modelId") String modelId,
            @PathParam("serialNumber") String serialNumber,
            @PathParam("slotId") String slotId,
            SlotLevelReport report) {
        if (report == null) {
            return answer(
                    Response.Status.BAD_REQUEST,
                    "INVALID_LEVEL",
                    null,
                    "a JSON body with remainingQuantityInUnit and originalQuantityInUnit is required");
        }
        Replenishment.SlotReport result = replenishment.report(
                memberDevices.claimant().memberId(),
                modelId,
                serialNumber,
                slotId,
                report.remainingQuantityInUnit(),
                report.originalQuantityInUnit());
        OrderView order = OrderView.of(result.order());
        return switch (result.outcome()) {
            case REPORTED ->
                Response.ok(new ReportAnswer(
                                result.outcome().name(),
                                result.low(),
                                order,
                                order == null ? "reported" : "reported; the slot's order is " + order.state()))
                        .build();
            case NOT_SUBSCRIBED ->
                Response.ok(
                                new ReportAnswer(
                                        result.outcome().name(),
                                        true,
                                        null,
                                        "reported; the slot is low, and the customer has no subscription for it on Amazon: nothing ordered"))
                        .build();
            case NOT_FOUND -> answer(Response.Status.NOT_FOUND, "NOT_FOUND", null, "no such device on this account");
            case UNKNOWN_SLOT ->
                answer(Response.Status.NOT_FOUND, "UNKNOWN_SLOT", null, "the device's model has no such slot");
            case INVALID_LEVEL ->
                answer(
                        Response.Status.BAD_REQUEST,
                        "INVALID_LEVEL",
                        null,
                        "remainingQuantityInUnit must be between 0 and originalQuantityInUnit, which must be above 0");
            case NOT_SET_UP ->
                answer(Response.Status.CONFLICT, "NOT_SET_UP", null, "the device is not set up for replenishment");
            case NEEDS_SETUP ->
                answer(
                        Response.Status.CONFLICT,
                        "NEEDS_SETUP",
                        order,
                        "Amazon no longer accepts the device's tokens: set it up again");
            case UNAVAILABLE ->
                Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header("Retry-After", "60")
                        .entity(new ReportAnswer(
                                result.outcome().name(),
                                result.low(),
                                order,
                                "Amazon unavailable; the level is kept, report again later"))
                        .build();
            case TEST_DEVICE ->
                Response.ok(
                                new ReportAnswer(
                                        result.outcome().name(),
                                        false,
                                        null,
                                        "reported; a test device (Amazon's whitelisted test model) cannot order: nothing ordered"))
                        .build();
        };
    }

    private static Response answer(Response.Status status, String outcome, OrderView order, String message) {
        return Response.status(status)
                .entity(new ReportAnswer(outcome, false, order, message))
                .build();
    }
}
