package jp.kakehashi.admin.application;

import java.util.List;
import java.util.Set;
import jp.kakehashi.drs.application.TokenCounts;
import jp.kakehashi.drs.domain.DeviceModel;

/**
 * Devices, their tokens and the device models, for admins (their list is drs's {@code DrsLists}). Every change is
 * written to the audit trail.
 */
public interface DeviceAdministration {

    long countDevices();

    /** Refreshes the device's tokens now, at Login with Amazon; false when it did not succeed (the error is kept). */
    boolean refreshTokens(long deviceId, String actor);

    /**
     * Makes every active device's tokens due now and starts refreshing them, with the refresh's bounded concurrency
     * towards Login with Amazon (after a token key change, or a suspected leak): how many fell due.
     */
    int refreshAllTokens(String actor);

    TokenCounts tokenCounts();

    /** Replenishment at a glance: orders open and in doubt, DRS calls failed in the last 24 hours, subscription reads waiting. */
    jp.kakehashi.drs.application.ReplenishmentDashboard.Counts replenishmentCounts();

    void markNeedsSetup(long deviceId, String actor);

    /** Repeats a failed DRS call where that is safe ({@code Replenishment.retrySafe}); audited with what came of it. */
    jp.kakehashi.drs.application.Replenishment.Retry retryDrsCall(long callId, String actor);

    List<DeviceModel> models();

    /**
     * Adds a model, or changes the one with that id. The serial expression must accept every sample and every serial
     * of the model's devices already stored.
     *
     * @throws DeviceModelRejectedException with the reason, and nothing is stored
     */
    DeviceModel saveModel(
            String modelId,
            String displayName,
            String serialNumberPattern,
            Set<String> asins,
            List<String> sampleSerials,
            boolean isNew,
            String actor);

    /**
     * The same, and the model's slots replaced by these: each slot's ASINs must be the model's; a slot left out is
     * removed (what devices reported of it stays in their history). {@code slots} null leaves the slots as they are.
     *
     * @throws DeviceModelRejectedException with the reason, and nothing is stored
     */
    DeviceModel saveModel(
            String modelId,
            String displayName,
            String serialNumberPattern,
            Set<String> asins,
            List<SlotDraft> slots,
            List<String> sampleSerials,
            boolean isNew,
            String actor);

    /** The model's slots, by id. */
    List<jp.kakehashi.drs.domain.SlotDefinition> slots(String modelId);
}
