package jp.kakehashi.drs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.drs.application.DeviceSetup;
import jp.kakehashi.signin.application.AmazonPayConfiguration;

import java.util.Optional;

import static jp.kakehashi.shared.web.Pages.error;
import static jp.kakehashi.shared.web.Pages.info;

/** The return from Amazon's consent page: checks the one-time state and exchanges the code for the device's tokens. */
@Named
@RequestScoped
public class DrsAuthorization {

    @Inject
    private DrsAuthorizationStates states;

    @Inject
    private DeviceSetup deviceSetup;

    @Inject
    private MemberDeviceList memberDevices;

    @Inject
    private AmazonPayConfiguration shop;

    private String code;
    private String state;
    private String error;

    public String complete() {
        Optional<DrsAuthorizationStates.PendingSetup> setup = states.consume(state);
        if (setup.isEmpty()) {
            error("devices.error.state");
            return "/member/devices?faces-redirect=true";
        }
        if (error != null || code == null || code.isBlank()) {
            error("devices.error.declined");
            return "/member/devices?faces-redirect=true";
        }
        DeviceSetup.Outcome outcome = deviceSetup.completeAuthorization(memberDevices.claimant(),
                setup.get().modelId(), setup.get().serialNumber(), code, DrsTeaser.redirectUri(shop));
        if (outcome == DeviceSetup.Outcome.SET_UP) {
            info("devices.info.set-up-with-amazon");
        } else {
            error(MemberDevices.outcomeMessage(outcome));
        }
        return "/member/devices?faces-redirect=true";
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getError() { return error; }
    public void setError(String error) { this.error = error; }
}
