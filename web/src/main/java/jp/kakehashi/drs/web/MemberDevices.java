package jp.kakehashi.drs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.drs.application.DeviceModelService;
import jp.kakehashi.drs.application.DeviceSetup;
import jp.kakehashi.drs.application.DeviceSetupService;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.web.CurrentMember;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static jp.kakehashi.shared.web.Pages.error;
import static jp.kakehashi.shared.web.Pages.info;

/** The member's devices page: their devices, and setting one up for Dash Replenishment (seed 003, pull). */
@Named
@RequestScoped
public class MemberDevices {

    /** One row of the page; never a token, only its state and expiry. */
    public record DeviceRow(String modelId, String serialNumber, String status, String tokenState, Instant refreshDueAt,
                            Instant lastRefreshedAt, boolean setUpHere) {
    }

    @Inject
    private CurrentMember currentMember;

    @Inject
    private DeviceSetupService setups;

    @Inject
    private DeviceModelService models;

    @Inject
    private DeviceSetup deviceSetup;

    private String modelId;
    private String serialNumber;
    private List<DeviceRow> devices;

    public List<DeviceRow> getDevices() {
        if (devices == null) {
            Member member = currentMember.member().orElseThrow();
            devices = setups.devicesOf(member.getId(), member.getAmazonBuyerId().orElse(null)).stream().map(this::row).toList();
        }
        return devices;
    }

    private DeviceRow row(Device device) {
        var tokens = setups.tokensOf(device.getId());
        return new DeviceRow(device.getModelId(), device.getSerialNumber(), device.getStatus().name(),
                tokens.map(DeviceTokens::getState).map(Enum::name).orElse(null),
                tokens.map(DeviceTokens::getRefreshDueAt).orElse(null),
                tokens.map(DeviceTokens::getLastRefreshedAt).orElse(null),
                device.getMemberId() != null);
    }

    public List<DeviceModel> getModels() {
        return models.listModels();
    }

    public String setUp() {
        long memberId = currentMember.member().orElseThrow().getId();
        String serial = serialNumber == null ? null : serialNumber.strip();
        DeviceSetup.Outcome outcome = deviceSetup.setUp(memberId, modelId, serial);
        switch (outcome) {
            case SET_UP -> {
                info("devices.info.set-up");
                return "/member/devices?faces-redirect=true";
            }
            case NOT_PRE_REGISTERED -> {
                return "/member/drs-teaser?faces-redirect=true&model=" + encode(modelId) + "&serial=" + encode(serial);
            }
            case INVALID_SERIAL -> error("setup:serial", "devices.error.invalid-serial");
            default -> error("devices.error." + outcome.name().toLowerCase().replace('_', '-'));
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
        return null;
    }

    public String refresh(String model, String serial) {
        long memberId = currentMember.member().orElseThrow().getId();
        setups.devicesOf(memberId, null).stream()
                .filter(device -> device.getModelId().equals(model) && device.getSerialNumber().equals(serial))
                .findFirst()
                .ifPresent(device -> {
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
