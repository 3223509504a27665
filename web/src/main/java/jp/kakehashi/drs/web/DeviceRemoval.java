package jp.kakehashi.drs.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kakehashi.drs.application.DeviceSetup;

/**
 * Removing a device from the member's account, in two steps on the devices page: the device's tokens are destroyed,
 * so the member confirms first. View-scoped: the device asked about is remembered between the two posts.
 */
@Named
@ViewScoped
public class DeviceRemoval implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberDeviceList memberDevices;

    @Inject
    private DeviceSetup deviceSetup;

    private String model;
    private String serial;

    public void ask(String askedModel, String askedSerial) {
        this.model = askedModel;
        this.serial = askedSerial;
    }

    public boolean isAsked() {
        return model != null && serial != null;
    }

    public String confirm() {
        if (!isAsked()) {
            return MemberDevices.pageWith("not-removed");
        }
        return MemberDevices.pageWith(
                switch (deviceSetup.remove(memberDevices.claimant().memberId(), model, serial)) {
                    case REMOVED -> "removed";
                    case NOT_HELD -> "not-removed";
                    case AMAZON_UNAVAILABLE -> "removal-unavailable";
                });
    }

    public String getModel() {
        return model;
    }

    public String getSerial() {
        return serial;
    }
}
