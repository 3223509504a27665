package jp.kakehashi.drs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kakehashi.drs.application.DashReplenishmentService.DrsAnswer;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceStatus;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.ReplenishmentOrder;
import jp.kakehashi.drs.domain.SlotDefinition;
import jp.kakehashi.drs.domain.TokenGrant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The device's tokens put to work: a device reports a slot's level, Kakehashi tells Amazon (SlotStatus) and, when the
 * model's rule says the slot is low, asks for an order (Replenish). Not an EJB on purpose, like {@link DeviceSetup}:
 * the calls to Amazon happen between the transactions of {@link ReplenishmentRecords}.
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
    /** What the level columns hold (NUMERIC(14,3)). */
    private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000_000L);

    /** What the device (or its app) is told about a report. */
    public enum Outcome { REPORTED, NOT_FOUND, NOT_SET_UP, UNKNOWN_SLOT, INVALID_LEVEL, NEEDS_SETUP, UNAVAILABLE }

    /** @param order the slot's order after the report: the one just asked for or the one already open; null: none */
    public record SlotReport(Outcome outcome, boolean low, ReplenishmentOrder order) {
        static SlotReport of(Outcome outcome) {
            return new SlotReport(outcome, false, null);
        }
    }

    @Inject
    private DeviceSetupService setups;

    @Inject
    private DeviceSetup deviceSetup;

    @Inject
    private ReplenishmentRecords records;

    @Inject
    private DashReplenishmentService drs;

    @Inject
    private DashReplenishmentConfiguration configuration;

    private final Clock clock = Clock.systemUTC();

    public SlotReport report(long memberId, String modelId, String serialNumber, String slotId, BigDecimal remaining,
                             BigDecimal original) {
        Optional<Device> found = setups.deviceOf(memberId, modelId, serialNumber);
        if (found.isEmpty()) {
            return SlotReport.of(Outcome.NOT_FOUND);
        }
        Device device = found.get();
        if (device.getStatus() != DeviceStatus.SET_UP) {
            return SlotReport.of(device.getStatus() == DeviceStatus.NEEDS_SETUP ? Outcome.NEEDS_SETUP : Outcome.NOT_SET_UP);
        }
        Optional<SlotDefinition> slot = records.slot(modelId, slotId);
        if (slot.isEmpty()) {
            return SlotReport.of(Outcome.UNKNOWN_SLOT);
        }
        if (remaining == null || original == null || remaining.signum() < 0 || original.signum() <= 0
                || remaining.compareTo(original) > 0 || original.compareTo(MAX_QUANTITY) > 0 || remaining.scale() > 3) {
            return SlotReport.of(Outcome.INVALID_LEVEL);
        }
        records.recordLevel(device.getId(), slotId, remaining, original);
        Call status = withToken(device.getId(), "slotStatus",
                token -> drs.slotStatus(token, slotId, remaining, original, clock.instant()));
        if (status.needsSetup()) {
            return SlotReport.of(Outcome.NEEDS_SETUP);
        }
        boolean low = slot.get().isLow(remaining, original);
        if (!low) {
            return new SlotReport(status.answer().isOk() ? Outcome.REPORTED : Outcome.UNAVAILABLE, false, null);
        }
        return replenish(device.getId(), slotId);
    }

    /** Asks Amazon for the slot's order unless one is open; the order as it stands afterwards. */
    public SlotReport replenish(long deviceId, String slotId) {
        ReplenishmentRecords.OrderRequest request = records.requestOrder(deviceId, slotId);
        if (!request.askAmazon()) {
            return new SlotReport(Outcome.REPORTED, true, records.order(request.orderId()).orElse(null));
        }
        Call call = withToken(deviceId, "replenish", token -> drs.replenish(token, slotId));
        ReplenishmentOrder order = records.settle(request.orderId(), call.answer(), call.anyAnswerLost());
        if (call.needsSetup()) {
            return new SlotReport(Outcome.NEEDS_SETUP, true, order);
        }
        Outcome outcome = call.answer().isOk() || order.getState().isOpen() ? Outcome.REPORTED : Outcome.UNAVAILABLE;
        return new SlotReport(outcome, true, order);
    }

    /** A device's slots as the member sees them: each with its last level and its latest order. */
    public record SlotView(SlotDefinition slot, jp.kakehashi.drs.domain.SlotLevel level, ReplenishmentOrder latestOrder) {
        public boolean isLow() {
            return level != null && slot.isLow(level.getRemaining(), level.getOriginal());
        }
    }

    /** The member's device's slots; empty when the member holds no such device. */
    public Optional<java.util.List<SlotView>> slots(long memberId, String modelId, String serialNumber) {
        return setups.deviceOf(memberId, modelId, serialNumber).map(device -> slots(device));
    }

    public java.util.List<SlotView> slots(Device device) {
        java.util.Map<String, jp.kakehashi.drs.domain.SlotLevel> levels = new java.util.HashMap<>();
        records.levels(device.getId()).forEach(level -> levels.put(level.getSlotId(), level));
        java.util.List<ReplenishmentOrder> orders = records.latestOrders(device.getId(), 50);
        return records.slotsOf(device.getModelId()).stream().map(slot -> new SlotView(slot, levels.get(slot.getSlotId()),
                orders.stream().filter(order -> order.getSlotId().equals(slot.getSlotId())).findFirst().orElse(null))).toList();
    }

    /**
     * Deregistration at Amazon (the member removes the device): true when Amazon took it, or when the device has no
     * usable tokens (nothing to deregister with, or Amazon refused them: registration already ended); false when
     * Amazon could not be told.
     */
    public boolean deregister(long deviceId) {
        if (!tokensUsable(deviceId)) {
            return true;
        }
        Call call = withToken(deviceId, "deregistration", drs::deregister);
        return switch (call.answer().kind()) {
            case OK, TOKEN_REFUSED -> true;
            // A lost answer retried: Amazon had deregistered, the token stopped working (TOKEN_REFUSED above)
            case REFUSED, UNAVAILABLE, ANSWER_LOST -> false;
        };
    }

    /** The device's daily DeviceStatus: its most recent activity. Whether Amazon took it. */
    public boolean reportDeviceStatus(long deviceId) {
        java.time.Instant lastActivity = records.lastActivity(deviceId);
        Call call = withToken(deviceId, "deviceStatus", token -> drs.deviceStatus(token, lastActivity));
        return call.answer().isOk();
    }

    /** The latest DRS calls made for the device, newest first: what admins see. */
    public java.util.List<jp.kakehashi.drs.domain.DrsCall> calls(long deviceId) {
        return records.calls(deviceId, 50);
    }

    /** The last answer of a call with its retries; whether any attempt's answer was lost; whether the device lost its tokens. */
    record Call(DrsAnswer answer, boolean anyAnswerLost, boolean needsSetup) {
    }

    Call withToken(long deviceId, String endpoint, Function<String, DrsAnswer> request) {
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
            records.logCall(deviceId, endpoint, answer);
            anyLost |= answer.kind() == DrsAnswer.Kind.ANSWER_LOST;
            switch (answer.kind()) {
                case OK, REFUSED -> {
                    return new Call(answer, anyLost, false);
                }
                case TOKEN_REFUSED -> {
                    if (refreshedAfterRefusal || !deviceSetup.refresh(deviceId)) {
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
        TokenGrant tokens = setups.openTokens(deviceId);
        if (tokens.accessTokenExpiresAt().isBefore(clock.instant().plus(EXPIRY_MARGIN))) {
            deviceSetup.refresh(deviceId);
            if (!tokensUsable(deviceId)) {
                return Optional.empty();
            }
            tokens = setups.openTokens(deviceId);
        }
        return Optional.of(tokens.accessToken());
    }

    private boolean tokensUsable(long deviceId) {
        return setups.tokensOf(deviceId).filter(tokens -> tokens.getState() == DeviceTokens.State.ACTIVE).isPresent();
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
