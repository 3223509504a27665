package jp.kakehashi.drs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kakehashi.drs.application.DeviceModelService;
import jp.kakehashi.drs.domain.DeviceModel;

/** The shop's list of devices that support Dash Replenishment. */
@Named
@RequestScoped
public class SupportedDevices {

    @Inject
    private DeviceModelService deviceModels;

    private List<DeviceModel> models;

    public List<DeviceModel> getModels() {
        if (models == null) {
            models = deviceModels.listModels();
        }
        return models;
    }
}
