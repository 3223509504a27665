package jp.kakehashi.drs.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.SlotDefinition;

/** The device models Kakehashi supports. */
public interface DeviceModelService {

    List<DeviceModel> listModels();

    Optional<DeviceModel> findModel(String modelId);

    /** Adds a model; fails with {@link DuplicateDeviceModelException} when the id is taken. */
    DeviceModel addModel(DeviceModel model);

    void removeModel(String modelId);

    /**
     * Describes the model anew; fails with IllegalArgumentException when the description breaks the model's rules.
     * Empty when there is no such model.
     */
    Optional<DeviceModel> describeModel(
            String modelId, String displayName, String serialNumberPattern, Set<String> asins);

    /** Up to {@code max} serials of stored devices of the model that {@code pattern} does not accept, in order. */
    List<String> serialsNotMatching(String modelId, Pattern pattern, int max);

    /** The model's slots become {@code slots}: slots not among them are removed, the others changed or added. */
    void replaceSlots(String modelId, Collection<SlotDefinition> slots);
}
