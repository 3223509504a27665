package jp.kakehashi.admin.application;

import jp.kakehashi.drs.application.TokenCounts;
import jp.kakehashi.drs.domain.DeviceModel;

import java.util.List;
import java.util.Set;

/** Devices, their tokens and the device models, for admins. Every change is written to the audit trail. */
public interface DeviceAdministration {

    /** Devices whose serial number, model or customer contains the text (all when blank), newest first. */
    List<DeviceOverview> devices(String search, int first, int max);

    long countDevices();

    /** Refreshes the device's tokens now, at Login with Amazon; false when it did not succeed (the error is kept). */
    boolean refreshTokens(long deviceId, String actor);

    /**
     * Makes every active device's tokens due now and starts refreshing them, with the refresh's bounded concurrency
     * towards Login with Amazon (after a token key change, or a suspected leak): how many fell due.
     */
    int refreshAllTokens(String actor);

    TokenCounts tokenCounts();

    void markNeedsSetup(long deviceId, String actor);

    List<DeviceModel> models();

    /**
     * Adds a model, or changes the one with that id. The serial expression must accept every sample and every serial
     * of the model's devices already stored.
     *
     * @throws DeviceModelRejectedException with the reason, and nothing is stored
     */
    DeviceModel saveModel(String modelId, String displayName, String serialNumberPattern, Set<String> asins,
                          List<String> sampleSerials, boolean isNew, String actor);
}
