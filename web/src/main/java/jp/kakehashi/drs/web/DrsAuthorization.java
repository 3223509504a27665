package jp.kakehashi.drs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import jp.kakehashi.drs.application.DeviceSetup;
import jp.kakehashi.shared.config.PublicUrl;

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
    private PublicUrl shop;

    private String code;
    private String state;
    private String error;

    public String complete() {
        Optional<DrsAuthorizationStates.PendingSetup> setup = states.consume(state);
        if (setup.isEmpty()) {
            return MemberDevices.pageWith("state");
        }
        if (error != null || code == null || code.isBlank()) {
            return MemberDevices.pageWith("declined");
        }
        DeviceSetup.Outcome outcome = deviceSetup.completeAuthorization(
                memberDevices.claimant(),
                setup.get().modelId(),
                setup.get().serialNumber(),
                code,
                DrsTeaser.redirectUri(shop));
        return MemberDevices.pageWith(
                outcome == DeviceSetup.Outcome.SET_UP ? "set-up-with-amazon" : MemberDevices.outcomeResult(outcome));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }
}
