package jp.kakehashi.drs.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.kakehashi.drs.application.DeviceModelService;
import jp.kakehashi.drs.application.LoginWithAmazonConfiguration;
import jp.kakehashi.shared.config.PublicUrl;

/**
 * The DRS teaser page for a device that was not pre-registered (Amazon's DRS pre-registration guide): it explains Dash Replenishment and starts
 * the standard setup at Amazon's consent page (Login with Amazon, authorization code).
 */
@Named
@ViewScoped
public class DrsTeaser implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String RETURN_PAGE = "/member/drs-return.xhtml";

    @Inject
    private LoginWithAmazonConfiguration lwa;

    @Inject
    private PublicUrl shop;

    @Inject
    private DrsAuthorizationStates states;

    @Inject
    private DeviceModelService models;

    private String model;
    private String serial;

    public boolean isKnownDevice() {
        return model != null
                && serial != null
                && models.findModel(model)
                        .map(found -> found.acceptsSerialNumber(serial))
                        .orElse(false);
    }

    public void startAmazonSetup() throws IOException {
        if (!isKnownDevice()) {
            jp.kakehashi.shared.web.Pages.error("devices.error.invalid-serial");
            return;
        }
        String scopeData = Json.createObjectBuilder()
                .add(
                        "dash:replenish",
                        Json.createObjectBuilder().add("device_model", model).add("serial", serial))
                .build()
                .toString();
        String url = lwa.authorizeUrl()
                + "?client_id=" + encode(lwa.clientId())
                + "&scope=" + encode("dash:replenish")
                + "&scope_data=" + encode(scopeData)
                + "&response_type=code"
                + "&redirect_uri=" + encode(redirectUri(shop))
                + "&state=" + encode(states.issue(model, serial));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(url);
    }

    static String redirectUri(PublicUrl shop) {
        return shop.of(RETURN_PAGE);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }
}
