package jp.kakehashi.drs.web;

import static jp.kakehashi.shared.web.Pages.error;
import static jp.kakehashi.shared.web.Pages.info;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kakehashi.drs.application.DeviceModelService;
import jp.kakehashi.drs.application.DeviceRecords;
import jp.kakehashi.drs.application.DeviceSetup;
import jp.kakehashi.drs.application.TokenRefresh;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.web.MemberDeviceList.MemberDevice;
import jp.kakehashi.member.application.ApiTokens;

/** The member's devices page: their devices, setting one up for Dash Replenishment (the DRS pre-registration guide, pull), removing one. */
@Named
@RequestScoped
public class MemberDevices {

    @Inject
    private MemberDeviceList memberDevices;

    @Inject
    private DeviceRecords deviceRecords;

    @Inject
    private DeviceModelService models;

    @Inject
    private DeviceSetup deviceSetup;

    @Inject
    private TokenRefresh tokenRefresh;

    private String modelId;
    private String serialNumber;
    private List<MemberDevice> devices;

    public List<MemberDevice> getDevices() {
        if (devices == null) {
            devices = memberDevices.devices();
        }
        return devices;
    }

    @Inject
    private ApiTokens apiTokens;

    private List<ApiTokens.DeviceCredential> credentials;

    /** The member's usable device credentials: when issued, last used, expiring; never their values. */
    public List<ApiTokens.DeviceCredential> getCredentials() {
        if (credentials == null) {
            credentials = apiTokens.deviceCredentials(memberDevices.claimant().memberId());
        }
        return credentials;
    }

    public List<DeviceModel> getModels() {
        return models.listModels();
    }

    public String setUp() {
        String serial = serialNumber == null ? null : serialNumber.strip();
        DeviceSetup.Outcome outcome = deviceSetup.setUp(memberDevices.claimant(), modelId, serial);
        switch (outcome) {
            case SET_UP -> {
                return pageWith("set-up");
            }
            case NOT_PRE_REGISTERED -> {
                return "/member/drs-teaser?faces-redirect=true&model=" + encode(modelId) + "&serial=" + encode(serial);
            }
            case INVALID_SERIAL -> error("setup:serial", "devices.error.invalid-serial");
            default -> error(outcomeMessage(outcome));
        }
        return null;
    }

    /** One step from the list: a device Amazon registered to the member's linked Amazon account, set up by its row's button. */
    public String setUp(String model, String serial) {
        this.modelId = model;
        this.serialNumber = serial;
        return setUp();
    }

    /** The result of an outcome other than success, as the devices page names it (devices.error.<result>). */
    static String outcomeResult(DeviceSetup.Outcome outcome) {
        return outcome.name().toLowerCase().replace('_', '-');
    }

    static String outcomeMessage(DeviceSetup.Outcome outcome) {
        return "devices.error." + outcomeResult(outcome);
    }

    /**
     * The devices page after an action, saying how it went. The result travels in the URL, not in the Faces flash,
     * whose message the page after a redirect now and then lacked (as the login page found before).
     */
    static String pageWith(String result) {
        return "/member/devices?faces-redirect=true&result=" + result;
    }

    private static final Set<String> GOOD_RESULTS = Set.of("set-up", "set-up-with-amazon", "refreshed", "removed");
    private static final Set<String> BAD_RESULTS = Stream.concat(
                    Stream.of(DeviceSetup.Outcome.values())
                            .filter(outcome -> outcome != DeviceSetup.Outcome.SET_UP
                                    && outcome != DeviceSetup.Outcome.NOT_PRE_REGISTERED)
                            .map(MemberDevices::outcomeResult),
                    Stream.of("refresh", "not-removed", "removal-unavailable", "state", "declined"))
            .collect(Collectors.toUnmodifiableSet());

    private String result;

    /** The page's view action: tells the member the result of what they did, when the URL names one we know. */
    public void showResult() {
        if (result == null) {
            return;
        }
        if (GOOD_RESULTS.contains(result)) {
            info("devices.info." + result);
        } else if (BAD_RESULTS.contains(result)) {
            error("devices.error." + result);
        }
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String refresh(String model, String serial) {
        long memberId = memberDevices.claimant().memberId();
        return deviceRecords
                .deviceOf(memberId, model, serial)
                .map(device -> pageWith(tokenRefresh.refresh(device.getId()) ? "refreshed" : "refresh"))
                .orElse(pageWith("refresh"));
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
