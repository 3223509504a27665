package jp.kakehashi.drs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Size;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.drs.application.DeviceModelService;
import jp.kakehashi.drs.application.DeviceSetup;
import jp.kakehashi.drs.application.DeviceSetupService;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.web.MemberDeviceList.MemberDevice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static jp.kakehashi.shared.web.Pages.error;
import static jp.kakehashi.shared.web.Pages.info;

/** The member's devices page: their devices, setting one up for Dash Replenishment (seed 003, pull), removing one. */
@Named
@RequestScoped
public class MemberDevices {

    @Inject
    private MemberDeviceList memberDevices;

    @Inject
    private DeviceSetupService setups;

    @Inject
    private DeviceModelService models;

    @Inject
    private DeviceSetup deviceSetup;

    @Size(max = 128, message = "{kakehashi.validation.too-long}")
    private String modelId;
    @Size(max = 128, message = "{kakehashi.validation.too-long}")
    private String serialNumber;
    private List<MemberDevice> devices;

    public List<MemberDevice> getDevices() {
        if (devices == null) {
            devices = memberDevices.devices();
        }
        return devices;
    }

    public List<DeviceModel> getModels() {
        return models.listModels();
    }

    public String setUp() {
        String serial = serialNumber == null ? null : serialNumber.strip();
        DeviceSetup.Outcome outcome = deviceSetup.setUp(memberDevices.claimant(), modelId, serial);
        switch (outcome) {
            case SET_UP -> {
                info("devices.info.set-up");
                return "/member/devices?faces-redirect=true";
            }
            case NOT_PRE_REGISTERED -> {
                return "/member/drs-teaser?faces-redirect=true&model=" + encode(modelId) + "&serial=" + encode(serial);
            }
            case INVALID_SERIAL -> error("setup:serial", "devices.error.invalid-serial");
            default -> error(outcomeMessage(outcome));
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
        return null;
    }

    /** The bundle key that tells the member an outcome other than success. */
    static String outcomeMessage(DeviceSetup.Outcome outcome) {
        return "devices.error." + outcome.name().toLowerCase().replace('_', '-');
    }

    public String refresh(String model, String serial) {
        long memberId = memberDevices.claimant().memberId();
        setups.deviceOf(memberId, model, serial).ifPresent(device -> {
            if (deviceSetup.refresh(device.getId())) {
                info("devices.info.refreshed");
            } else {
                error("devices.error.refresh");
            }
        });
        return "/member/devices?faces-redirect=true";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    public String getModelId() {
        return modelId;
    }

    public void setModelId(String modelId) {
        this.modelId = modelId;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }
}
