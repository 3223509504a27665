package jp.kakehashi.admin.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.drs.application.DeviceModelService;
import jp.kakehashi.drs.application.DeviceRecords;
import jp.kakehashi.drs.application.DeviceRepository;
import jp.kakehashi.drs.application.DuplicateDeviceModelException;
import jp.kakehashi.drs.application.Replenishment;
import jp.kakehashi.drs.application.ReplenishmentDashboard;
import jp.kakehashi.drs.application.SlotLevels;
import jp.kakehashi.drs.application.TokenCounts;
import jp.kakehashi.drs.application.TokenRefresh;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.SlotDefinition;
import jp.kakehashi.drs.domain.TokenProblem;
import jp.kakehashi.drs.domain.TokensMadeDue;

@Stateless
public class DefaultDeviceAdministration implements DeviceAdministration {

    @Inject
    private DeviceRepository deviceRepository;

    @Inject
    private DeviceRecords deviceRecords;

    @Inject
    private TokenRefresh tokenRefresh;

    @Inject
    private DeviceModelService modelService;

    @Inject
    private Replenishment replenishment;

    @Inject
    private ReplenishmentDashboard replenishmentDashboard;

    @Inject
    private SlotLevels slotLevels;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<TokensMadeDue> tokensMadeDue;

    @Override
    public long countDevices() {
        return deviceRepository.count();
    }

    /** Not in a transaction: the call to Login with Amazon must not hold a database connection. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean refreshTokens(long deviceId, String actor) {
        if (deviceRecords.tokensOf(deviceId).isEmpty()) {
            throw new AdminActionRefusedException("Device " + deviceId + " has no tokens to refresh");
        }
        boolean refreshed = tokenRefresh.refresh(deviceId);
        auditTrail.record(
                actor,
                AdminAction.REFRESH_DEVICE_TOKENS,
                "device " + deviceId,
                refreshed ? "refreshed" : "refresh failed");
        return refreshed;
    }

    @Override
    public int refreshAllTokens(String actor) {
        int due = deviceRecords.markAllDue(Instant.now());
        auditTrail.record(actor, AdminAction.REFRESH_ALL_DEVICE_TOKENS, "all devices", due + " made due");
        tokensMadeDue.fire(new TokensMadeDue(due));
        return due;
    }

    @Override
    public ReplenishmentDashboard.Counts replenishmentCounts() {
        return replenishmentDashboard.counts(Instant.now().minus(java.time.Duration.ofHours(24)));
    }

    @Override
    public TokenCounts tokenCounts() {
        return deviceRecords.countTokens(Instant.now());
    }

    /** Not in a transaction: each step of a retry commits on its own around the call to Amazon (Replenishment). */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Replenishment.Retry retryDrsCall(long callId, String actor) {
        Replenishment.Retry retried = replenishment.retry(callId);
        if (retried == Replenishment.Retry.DONE || retried == Replenishment.Retry.FAILED) {
            auditTrail.record(actor, AdminAction.RETRY_DRS_CALL, "DRS call " + callId, retried.name());
        }
        return retried;
    }

    @Override
    public void markNeedsSetup(long deviceId, String actor) {
        Device device = deviceRepository
                .device(deviceId)
                .orElseThrow(() -> new AdminActionRefusedException("No device " + deviceId));
        DeviceTokens tokens = deviceRecords
                .tokensOf(deviceId)
                .orElseThrow(() -> new AdminActionRefusedException("Device " + deviceId + " has not been set up"));
        deviceRecords.recordRefused(deviceId, tokens.getVersion(), TokenProblem.MARKED_BY_ADMIN.text() + actor);
        auditTrail.record(
                actor,
                AdminAction.MARK_DEVICE_NEEDS_SETUP,
                "device " + deviceId,
                device.getModelId() + " " + device.getSerialNumber());
    }

    @Override
    public List<DeviceModel> models() {
        return modelService.listModels();
    }

    @Override
    public DeviceModel saveModel(
            String modelId,
            String displayName,
            String serialNumberPattern,
            Set<String> asins,
            List<String> sampleSerials,
            boolean isNew,
            String actor) {
        return saveModel(modelId, displayName, serialNumberPattern, asins, null, sampleSerials, isNew, actor);
    }

    @Override
    public List<SlotDefinition> slots(String modelId) {
        return slotLevels.slotsOf(modelId);
    }

    @Override
    public DeviceModel saveModel(
            String modelId,
            String displayName,
            String serialNumberPattern,
            Set<String> asins,
            List<SlotDraft> slots,
            List<String> sampleSerials,
            boolean isNew,
            String actor) {
        DeviceModel saved =
                saveModelItself(modelId, displayName, serialNumberPattern, asins, sampleSerials, isNew, actor);
        if (slots != null) {
            replaceSlots(saved, slots, actor);
        }
        return saved;
    }

    /** In the model's transaction: a slot refused refuses the model too. */
    private void replaceSlots(DeviceModel model, List<SlotDraft> drafts, String actor) {
        Map<String, SlotDefinition> wanted = new java.util.LinkedHashMap<>();
        for (SlotDraft draft : drafts) {
            SlotDefinition slot;
            try {
                slot = new SlotDefinition(
                        model.getModelId(),
                        draft.slotId() == null ? null : draft.slotId().strip(),
                        draft.displayName(),
                        draft.lowThresholdPercent(),
                        draft.asins());
            } catch (IllegalArgumentException e) {
                throw new DeviceModelRejectedException(e.getMessage());
            }
            if (wanted.put(slot.getSlotId(), slot) != null) {
                throw new DeviceModelRejectedException("Slot " + slot.getSlotId() + " is listed twice");
            }
            List<String> foreign = slot.getAsins().stream()
                    .filter(asin -> !model.getAsins().contains(asin))
                    .toList();
            if (!foreign.isEmpty()) {
                throw new DeviceModelRejectedException("Slot " + slot.getSlotId()
                        + " takes ASINs the model does not list: " + String.join(", ", foreign));
            }
        }
        List<String> before = slotLevels.slotsOf(model.getModelId()).stream()
                .map(existing -> existing.getSlotId() + ":" + existing.getLowThresholdPercent())
                .toList();
        modelService.replaceSlots(model.getModelId(), wanted.values());
        auditTrail.record(
                actor,
                AdminAction.EDIT_DEVICE_MODEL,
                model.getModelId(),
                "slots "
                        + drafts.stream()
                                .map(draft -> draft.slotId() + ":" + draft.lowThresholdPercent())
                                .toList() + " (were " + before + ")");
    }

    private DeviceModel saveModelItself(
            String modelId,
            String displayName,
            String serialNumberPattern,
            Set<String> asins,
            List<String> sampleSerials,
            boolean isNew,
            String actor) {
        // The model's own rules (name, expression, ASINs) are DeviceModel's; here what needs the stored devices
        Pattern pattern;
        try {
            pattern = DeviceModel.serialPattern(serialNumberPattern);
        } catch (IllegalArgumentException e) {
            throw new DeviceModelRejectedException(e.getMessage());
        }
        List<String> refused = sampleSerials.stream()
                .filter(sample -> !pattern.matcher(sample).matches())
                .toList();
        if (!refused.isEmpty()) {
            throw new DeviceModelRejectedException(
                    "The serial expression does not accept these samples: " + String.join(", ", refused));
        }
        DeviceModel saved;
        if (isNew) {
            try {
                saved = modelService.addModel(new DeviceModel(modelId, displayName, serialNumberPattern, asins));
            } catch (DuplicateDeviceModelException e) {
                throw new DeviceModelRejectedException(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new DeviceModelRejectedException(e.getMessage());
            }
            auditTrail.record(actor, AdminAction.ADD_DEVICE_MODEL, modelId, serialNumberPattern);
            return saved;
        }
        if (modelService.findModel(modelId).isEmpty()) {
            throw new DeviceModelRejectedException("No device model " + modelId);
        }
        List<String> orphaned = modelService.serialsNotMatching(modelId, pattern, 5);
        if (!orphaned.isEmpty()) {
            throw new DeviceModelRejectedException(
                    "Devices already stored would break the new expression, for example: "
                            + String.join(", ", orphaned));
        }
        try {
            saved = modelService
                    .describeModel(modelId, displayName, serialNumberPattern, asins)
                    .orElseThrow();
        } catch (IllegalArgumentException e) {
            throw new DeviceModelRejectedException(e.getMessage());
        }
        auditTrail.record(actor, AdminAction.EDIT_DEVICE_MODEL, modelId, serialNumberPattern);
        return saved;
    }
}
