package jp.kakehashi.sandbox.lwa.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kakehashi.sandbox.lwa.AccessTokenLifetime;
import jp.kakehashi.sandbox.lwa.DeviceModels;
import jp.kakehashi.sandbox.lwa.LwaClients;
import jp.kakehashi.sandbox.lwa.PreRegisteredDevices;
import jp.kakehashi.sandbox.lwa.TestCustomers;
import jp.kakehashi.sandbox.lwa.domain.DeviceModel;
import jp.kakehashi.sandbox.lwa.domain.PreRegisteredDevice;
import jp.kakehashi.sandbox.lwa.domain.TestCustomer;
import jp.kakehashi.sandbox.lwa.token.IssuedTokens;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationPublisher;

/** The console's Login with Amazon page: clients (ids only), models, devices, tokens (masked), pre-registration form. */
@Named
@RequestScoped
public class LwaConsole {

    @Inject
    private LwaClients clients;

    @Inject
    private DeviceModels models;

    @Inject
    private PreRegisteredDevices devices;

    @Inject
    private IssuedTokens tokens;

    @Inject
    private TestCustomers customers;

    @Inject
    private AccessTokenLifetime accessTokenLifetime;

    @Inject
    private DrsNotificationPublisher drsNotifications;

    private String serial;
    private String modelId;
    private String directedCustomerId;

    public List<String> getClientIds() {
        return clients.clientIds();
    }

    public List<DeviceModel> getModels() {
        return models.all();
    }

    public List<PreRegisteredDevice> getDevices() {
        return devices.list();
    }

    public List<IssuedTokens.IssuedTokenView> getTokens() {
        return tokens.overview();
    }

    public int getAccessTokenCount() {
        return tokens.liveAccessTokenCount();
    }

    public int getRefreshTokenCount() {
        return tokens.refreshTokenCount();
    }

    public List<TestCustomer> getCustomers() {
        return customers.all();
    }

    public String getAccessTokenLifetime() {
        return accessTokenLifetime.get().toString();
    }

    /**
     * "Scan the box" in the fulfilment centre (Amazon's DRS pre-registration guide): the device's DeviceRegisteredNotification goes out through
     * the SNS sandbox to every subscriber of the DRS topic.
     */
    public String scanBox(PreRegisteredDevice device) {
        var published = drsNotifications.scanBox(
                device.serial(), device.modelId(), device.directedCustomerId(), device.ownerClientId());
        // Answered on this very response (no redirect): the message must not depend on the flash surviving a redirect.
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                "Box of " + device.serial() + " scanned: SNS message " + published.messageId()
                                        + " published.",
                                null));
        return null;
    }

    public String preRegister() {
        try {
            PreRegisteredDevice device = devices.preRegister(trim(serial), modelId, trim(directedCustomerId));
            // Answered on this response, as scanBox is
            message(FacesMessage.SEVERITY_INFO, "Pre-registered " + device.serial() + " (" + device.modelId() + ").");
            return null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
            return null;
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getModelId() {
        return modelId;
    }

    public void setModelId(String modelId) {
        this.modelId = modelId;
    }

    public String getDirectedCustomerId() {
        return directedCustomerId;
    }

    public void setDirectedCustomerId(String directedCustomerId) {
        this.directedCustomerId = directedCustomerId;
    }
}
