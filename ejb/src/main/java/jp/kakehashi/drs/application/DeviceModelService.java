package jp.kakehashi.drs.application;

import jp.kakehashi.drs.domain.DeviceModel;

import java.util.List;
import java.util.Optional;

/** The device models Kakehashi supports. */
public interface DeviceModelService {

    List<DeviceModel> listModels();

    Optional<DeviceModel> findModel(String modelId);

    /** Adds a model; fails with {@link DuplicateDeviceModelException} when the id is taken. */
    DeviceModel addModel(DeviceModel model);

    void removeModel(String modelId);
}
