package jp.kakehashi.drs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import jp.kakehashi.drs.application.DashReplenishmentService.DrsAnswer;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceStatus;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.ReplenishmentOrder;
import jp.kakehashi.drs.domain.SlotDefinition;
import jp.kakehashi.drs.domain.SubscriptionInfo;
import jp.kakehashi.drs.domain.TokenGrant;

/**
 * The device's tokens put to work: a device reports a slot's level, Kakehashi tells Amazon (SlotStatus) and, when the
 * model's rule says the slot is low, asks for an order (Replenish). Outside any transaction, like {@link DeviceSetup}:
 * the calls to Amazon happen between the transactions of {@link ReplenishmentOrders}, {@link SlotLevels},
 * {@link DeviceSubscriptions} and {@link DrsCallLog}.
 *
 * <p>Every call goes through {@link #withToken}: the access token is refreshed first when it is about to expire and
 * once more when Amazon refuses it (a revoked device then needs setting up, as the refresh decides); a call Amazon did
 * not act on, or whose answer was lost, is repeated with back-off up to drs.retry.max-attempts. Repeating Replenish is
 * safe: see {@link ReplenishmentOrder}.
 */
@ApplicationScoped
public class Replenishment {

    private static final Logger LOG = Logger.getLogger(Replenishment.class.getName());
    /** An access token this close to its expiry is refreshed before use. */
    private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(1);
    /** The orders read to find each slot's latest. */
    private static final int LATEST_ORDERS = 50;
    /** What the level columns hold (NUMERIC(14,3)). */
    private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000_000L);

    /** What the device (or its app) is told about a report. */
    public enum Outcome {
        REPORTED,
        /** Reported; the slot is low, and the customer has no subscription for it on Amazon: nothing to order. */
        NOT_SUBSCRIBED,
        NOT_FOUND,
        NOT_SET_UP,
        UNKNOWN_SLOT,
        INVALID_LEVEL,
        NEEDS_SETUP,
        UNAVAILABLE,
        /** Recorded; one of Amazon's whitelisted test devices, whose tokens cannot be used for replenishment: no call. */
        TEST_DEVICE
    }

    /** @param order the slot's order after the report: the one just asked for or the one already open; null: none */
    public record SlotReport(Outcome outcome, boolean low, ReplenishmentOrder order) {
        static SlotReport of(Outcome outcome) {
            return new SlotReport(outcome, false, null);
        }
    }

    @Inject
    private DeviceRecords deviceRecords;

    @Inject
    private TokenRefresh tokenRefresh;

    @Inject
    private ReplenishmentOrders replenishmentOrders;

    @Inject
    private SlotLevels slotLevels;

    @Inject
    private DeviceSubscriptions deviceSubscriptions;

    @Inject
    private DrsCallLog callLog;

    @Inject
    private DeviceRepository devices;

    @Inject
    private DashReplenishmentService drs;

    @Inject
    private DashReplenishmentConfiguration configuration;

    private final Clock clock = Clock.systemUTC();

    public SlotReport report(
            long memberId,
            String modelId,
            String serialNumber,
            String slotId,
            BigDecimal remaining,
            BigDecimal original) {
        Optional<Device> found = deviceRecords.deviceOf(memberId, modelId, serialNumber);
        if (found.isEmpty()) {
            return SlotReport.of(Outcome.NOT_FOUND);
        }
        Device device = found.get();
        if (device.getStatus() != DeviceStatus.SET_UP) {
            return SlotReport.of(
                    device.getStatus() == DeviceStatus.NEEDS_SETUP ? Outcome.NEEDS_SETUP : Outcome.NOT_SET_UP);
        }
        Optional<SlotDefinition> slot = slotLevels.slot(modelId, slotId);
        if (slot.isEmpty()) {
            return SlotReport.of(Outcome.UNKNOWN_SLOT);
        }
        if (remaining == null
                || original == null
                || remaining.signum() < 0
                || original.signum() <= 0
                || remaining.compareTo(original) > 0
                || original.compareTo(MAX_QUANTITY) > 0
                || remaining.scale() > 3) {
            return SlotReport.of(Outcome.INVALID_LEVEL);
        }
        slotLevels.recordLevel(device.getId(), slotId, remaining, original);
        if (configuration.isTestModel(modelId)) {
            return SlotReport.of(Outcome.TEST_DEVICE);
        }
        Call status = withToken(
                device.getId(),
                "slotStatus",
                slotId,
                token -> drs.slotStatus(token, slotId, remaining, original, clock.instant()));
        if (status.needsSetup()) {
            return SlotReport.of(Outcome.NEEDS_SETUP);
        }
        boolean low = slot.get().isLow(remaining, original);
        if (!low) {
            return new SlotReport(status.answer().isOk() ? Outcome.REPORTED : Outcome.UNAVAILABLE, false, null);
        }
        // Asked only when Amazon said the slot is not subscribed; while that is unknown, Replenish decides
        boolean unsubscribed = deviceSubscriptions.subscriptions(device.getId()).stream()
                .anyMatch(subscription -> subscription.getSlotId().equals(slotId) && !subscription.isSubscribed());
        if (unsubscribed) {
            return new SlotReport(Outcome.NOT_SUBSCRIBED, true, null);
        }
        return replenish(device.getId(), slotId);
    }

    /** Asks Amazon for the slot's order unless one is open; the order as it stands afterwards. */
    public SlotReport replenish(long deviceId, String slotId) {
        ReplenishmentOrders.OrderRequest request = replenishmentOrders.requestOrder(deviceId, slotId);
        if (!request.askAmazon()) {
            return new SlotReport(
                    Outcome.REPORTED,
                    true,
                    replenishmentOrders.order(request.orderId()).orElse(null));
        }
        Call call = withToken(deviceId, "replenish", slotId, token -> drs.replenish(token, slotId));
        ReplenishmentOrder order = replenishmentOrders.settle(request.orderId(), call.answer(), call.anyAnswerLost());
        if (call.needsSetup()) {
            return new SlotReport(Outcome.NEEDS_SETUP, true, order);
        }
        Outcome outcome = call.answer().isOk() || order.getState().isOpen() ? Outcome.REPORTED : Outcome.UNAVAILABLE;
        return new SlotReport(outcome, true, order);
    }

    /**
     * A device's slots as the member sees them: each with its last level, its latest order and its subscription
     * (null until Amazon has told).
     */
    public record SlotView(
            SlotDefinition slot,
            jp.kakehashi.drs.domain.SlotLevel level,
            ReplenishmentOrder latestOrder,
            jp.kakehashi.drs.domain.SlotSubscription subscription) {
        public boolean isLow() {
            return level != null && slot.isLow(level.getRemaining(), level.getOriginal());
        }
    }

    /** The member's device's slots; empty when the member holds no such device. */
    public Optional<java.util.List<SlotView>> slots(long memberId, String modelId, String serialNumber) {
        return deviceRecords.deviceOf(memberId, modelId, serialNumber).map(device -> slots(device));
    }

    /** A device's slots and its latest orders, newest first: the member's devices page. */
    public record SlotsAndOrders(java.util.List<SlotView> slots, java.util.List<ReplenishmentOrder> latestOrders) {}

    /**
     * The member's device's slots and its {@code ordersShown} latest orders, from one read of each (the slots' latest
     * orders come from the same list); empty when the member holds no such device.
     */
    public Optional<SlotsAndOrders> slotsAndOrders(
            long memberId, String modelId, String serialNumber, int ordersShown) {
        return deviceRecords.deviceOf(memberId, modelId, serialNumber).map(device -> {
            java.util.List<ReplenishmentOrder> orders = replenishmentOrders.latestOrders(device.getId(), LATEST_ORDERS);
            return new SlotsAndOrders(
                    slots(device, orders),
                    java.util.List.copyOf(orders.subList(0, Math.min(ordersShown, orders.size()))));
        });
    }

    public java.util.List<SlotView> slots(Device device) {
        return slots(device, replenishmentOrders.latestOrders(device.getId(), LATEST_ORDERS));
    }

    private java.util.List<SlotView> slots(Device device, java.util.List<ReplenishmentOrder> orders) {
        java.util.Map<String, jp.kakehashi.drs.domain.SlotLevel> levels = new java.util.HashMap<>();
        slotLevels.levels(device.getId()).forEach(level -> levels.put(level.getSlotId(), level));
        java.util.Map<String, jp.kakehashi.drs.domain.SlotSubscription> subscriptions = new java.util.HashMap<>();
        deviceSubscriptions
                .subscriptions(device.getId())
                .forEach(subscription -> subscriptions.put(subscription.getSlotId(), subscription));
        return slotLevels.slotsOf(device.getModelId()).stream()
                .map(slot -> new SlotView(
                        slot,
                        levels.get(slot.getSlotId()),
                        orders.stream()
                                .filter(order -> order.getSlotId().equals(slot.getSlotId()))
                                .findFirst()
                                .orElse(null),
                        subscriptions.get(slot.getSlotId())))
                .toList();
    }

    /**
     * Deregistration at Amazon (the member removes the device): true when Amazon took it, or when the device has no
     * usable tokens (nothing to deregister with, or Amazon refused them: registration already ended); false when
     * Amazon could not be told.
     */
    public boolean deregister(long deviceId) {
        // A whitelisted test device was never registered for replenishment: there is nothing to deregister
        if (!tokensUsable(deviceId) || isTestDevice(deviceId)) {
            return true;
        }
        Call call = withToken(deviceId, "deregistration", null, drs::deregister);
        return switch (call.answer().kind()) {
            case OK, TOKEN_REFUSED -> true;
            // A lost answer retried: Amazon had deregistered, the token stopped working (TOKEN_REFUSED above)
            case REFUSED, UNAVAILABLE, ANSWER_LOST -> false;
        };
    }

    /** The device's daily DeviceStatus: its most recent activity. Whether Amazon took it. */
    public boolean reportDeviceStatus(long deviceId) {
        if (isTestDevice(deviceId)) {
            return true;
        }
        java.time.Instant lastActivity = slotLevels.lastActivity(deviceId);
        Call call = withToken(deviceId, "deviceStatus", null, token -> drs.deviceStatus(token, lastActivity));
        return call.answer().isOk();
    }

    /**
     * Reads the device's subscriptions from Amazon (SubscriptionInfo) for a claimed check; whether Amazon answered.
     * A check that fails stays claimed until its retry time, when the next run takes it up again.
     */
    public boolean checkSubscriptions(DeviceSubscriptions.SubscriptionCheck check) {
        if (isTestDevice(check.deviceId())) {
            // Nothing to subscribe to on a test device: the check is settled without asking Amazon
            deviceSubscriptions.recordSubscriptions(check, new SubscriptionInfo(java.util.List.of()));
            return true;
        }
        Call call = withToken(check.deviceId(), "subscriptionInfo", null, drs::subscriptionInfo);
        if (!call.answer().isOk()) {
            return false;
        }
        try {
            deviceSubscriptions.recordSubscriptions(
                    check, SubscriptionInfo.parse(call.answer().body()));
            return true;
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "SubscriptionInfo for device " + check.deviceId()
                    + " answered what Kakehashi cannot read: " + e.getMessage());
            return false;
        }
    }

    private boolean isTestDevice(long deviceId) {
        return deviceRecords
                .device(deviceId)
                .map(Device::getModelId)
                .filter(configuration::isTestModel)
                .isPresent();
    }

    /** What an admin's retry of a failed DRS call came to. */
    public enum Retry {
        /** Repeated, and Amazon took it. */
        DONE,
        /** Repeated, and it failed again: the new attempt is in the device's calls. */
        FAILED,
        /** Nothing to repeat: the call succeeded, or the slot is no longer low. */
        NOT_NEEDED,
        /** Not one an admin may repeat, or the device is no longer set up. */
        NOT_SAFE,
        NOT_FOUND
    }

    /**
     * Whether an admin may repeat the call: reports and reads may always be repeated (SlotStatus with the slot's latest
     * level, DeviceStatus, SubscriptionInfo), and Replenish too, because it asks for the slot's order only when none is
     * open (an order in doubt is asked for again, which Amazon answers ORDER_INPROGRESS if it had placed it).
     * Deregistration is the member's removal's to repeat.
     */
    public static boolean retrySafe(jp.kakehashi.drs.domain.DrsCall call) {
        if (call.isOk()) {
            return false;
        }
        return switch (call.getEndpoint()) {
            case "replenish", "slotStatus" -> call.getSlotId() != null;
            case "deviceStatus", "subscriptionInfo" -> true;
            default -> false;
        };
    }

    /** An admin repeats a failed call ({@link #retrySafe}). */
    public Retry retry(long callId) {
        Optional<jp.kakehashi.drs.domain.DrsCall> found = callLog.call(callId);
        if (found.isEmpty()) {
            return Retry.NOT_FOUND;
        }
        jp.kakehashi.drs.domain.DrsCall call = found.get();
        if (call.isOk()) {
            return Retry.NOT_NEEDED;
        }
        long deviceId = call.getDeviceId();
        Optional<Device> device = devices.device(deviceId).filter(setUp -> setUp.getStatus() == DeviceStatus.SET_UP);
        if (!retrySafe(call) || device.isEmpty()) {
            return Retry.NOT_SAFE;
        }
        String slotId = call.getSlotId();
        Optional<jp.kakehashi.drs.domain.SlotLevel> level =
                slotId == null ? Optional.empty() : slotLevels.level(deviceId, slotId);
        boolean taken;
        switch (call.getEndpoint()) {
            case "replenish" -> {
                Optional<SlotDefinition> slot = slotLevels.slot(device.get().getModelId(), slotId);
                if (level.isEmpty()
                        || slot.isEmpty()
                        || !slot.get()
                                .isLow(level.get().getRemaining(), level.get().getOriginal())) {
                    return Retry.NOT_NEEDED;
                }
                SlotReport report = replenish(deviceId, slotId);
                taken = report.outcome() == Outcome.REPORTED
                        && report.order() != null
                        && report.order().getState().isOpen();
            }
            case "slotStatus" -> {
                if (level.isEmpty()) {
                    return Retry.NOT_NEEDED;
                }
                jp.kakehashi.drs.domain.SlotLevel latest = level.get();
                taken = withToken(
                                deviceId,
                                "slotStatus",
                                slotId,
                                token -> drs.slotStatus(
                                        token,
                                        slotId,
                                        latest.getRemaining(),
                                        latest.getOriginal(),
                                        latest.getReportedAt()))
                        .answer()
                        .isOk();
            }
            case "deviceStatus" -> taken = reportDeviceStatus(deviceId);
            default -> {
                deviceSubscriptions.checkSubscriptionsNow(deviceId);
                taken = deviceSubscriptions
                        .claimSubscriptionCheck(deviceId, clock.instant(), configuration.subscriptionCheckRetryAfter())
                        .map(this::checkSubscriptions)
                        .orElse(false);
            }
        }
        return taken ? Retry.DONE : Retry.FAILED;
    }

    /** The latest DRS calls made for the device, newest first: what admins see. */
    public java.util.List<jp.kakehashi.drs.domain.DrsCall> calls(long deviceId) {
        return callLog.calls(deviceId, 50);
    }

    /** The last answer of a call with its retries; whether any attempt's answer was lost; whether the device lost its tokens. */
    record Call(DrsAnswer answer, boolean anyAnswerLost, boolean needsSetup) {}

    Call withToken(long deviceId, String endpoint, String slotId, Function<String, DrsAnswer> request) {
        Optional<String> token = accessToken(deviceId);
        if (token.isEmpty()) {
            return new Call(notCalled("no usable tokens"), false, true);
        }
        boolean refreshedAfterRefusal = false;
        boolean anyLost = false;
        DrsAnswer answer = null;
        Duration backoff = configuration.initialBackoff();
        for (int attempt = 1; attempt <= configuration.maxAttempts(); attempt++) {
            answer = request.apply(token.get());
            callLog.logCall(deviceId, endpoint, slotId, answer);
            anyLost |= answer.kind() == DrsAnswer.Kind.ANSWER_LOST;
            switch (answer.kind()) {
                case OK, REFUSED -> {
                    return new Call(answer, anyLost, false);
                }
                case TOKEN_REFUSED -> {
                    if (refreshedAfterRefusal || !tokenRefresh.refresh(deviceId)) {
                        LOG.info(() -> "DRS refused the tokens of device " + deviceId + " and a refresh did not help");
                        return new Call(answer, anyLost, !tokensUsable(deviceId));
                    }
                    refreshedAfterRefusal = true;
                    token = accessToken(deviceId);
                    if (token.isEmpty()) {
                        return new Call(answer, anyLost, true);
                    }
                    attempt--; // a refreshed token is a new start, not a retry
                }
                case UNAVAILABLE, ANSWER_LOST -> {
                    if (attempt < configuration.maxAttempts()) {
                        sleep(backoff);
                        backoff = backoff.multipliedBy(2);
                    }
                }
            }
        }
        return new Call(answer, anyLost, false);
    }

    /** The current access token, refreshed first when it is about to expire; empty when the device has none usable. */
    private Optional<String> accessToken(long deviceId) {
        if (!tokensUsable(deviceId)) {
            return Optional.empty();
        }
        TokenGrant tokens = deviceRecords.openTokens(deviceId);
        if (tokens.accessTokenExpiresAt().isBefore(clock.instant().plus(EXPIRY_MARGIN))) {
            tokenRefresh.refresh(deviceId);
            if (!tokensUsable(deviceId)) {
                return Optional.empty();
            }
            tokens = deviceRecords.openTokens(deviceId);
        }
        return Optional.of(tokens.accessToken());
    }

    private boolean tokensUsable(long deviceId) {
        return deviceRecords
                .tokensOf(deviceId)
                .filter(tokens -> tokens.getState() == DeviceTokens.State.ACTIVE)
                .isPresent();
    }

    private static DrsAnswer notCalled(String why) {
        return new DrsAnswer(DrsAnswer.Kind.TOKEN_REFUSED, null, null, null, null, null, why, 0);
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
