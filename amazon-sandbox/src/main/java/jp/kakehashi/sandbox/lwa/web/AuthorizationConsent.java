package jp.kakehashi.sandbox.lwa.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakehashi.sandbox.lwa.DeviceModels;
import jp.kakehashi.sandbox.lwa.LwaClients;
import jp.kakehashi.sandbox.lwa.PreRegisteredDevices;
import jp.kakehashi.sandbox.lwa.TestCustomers;
import jp.kakehashi.sandbox.lwa.domain.DeviceModel;
import jp.kakehashi.sandbox.lwa.domain.LwaClient;
import jp.kakehashi.sandbox.lwa.domain.LwaError;
import jp.kakehashi.sandbox.lwa.domain.TestCustomer;
import jp.kakehashi.sandbox.lwa.token.AuthorizationCodes;
import jp.kakehashi.sandbox.lwa.token.Pkce;
import jp.kakehashi.sandbox.lwa.token.ScopeData;
import jp.kakehashi.sandbox.lwa.token.TokenGrants;

/**
 * The LWA consent page for the standard DRS setup ({@code https://www.amazon.com/ap/oa}): sign in as a test customer,
 * consent, choose the ASINs to reorder, then back to {@code redirect_uri} with {@code code} and {@code state}.
 * An unknown client or a redirect_uri the client does not allow shows an error page and never redirects.
 */
@Named
@ViewScoped
public class AuthorizationConsent implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Step {
        ERROR,
        SIGN_IN,
        CONSENT,
        CHOOSE_ASINS
    }

    @Inject
    private LwaClients clients;

    @Inject
    private DeviceModels models;

    @Inject
    private PreRegisteredDevices devices;

    @Inject
    private TestCustomers customers;

    @Inject
    private AuthorizationCodes codes;

    private Step step = Step.ERROR;
    private String errorMessage = "The authorization request is incomplete.";

    private String clientId;
    private String redirectUri;
    private String state;
    private String codeChallenge;
    private String codeChallengeMethod;
    private String modelId;
    private String serial;
    private boolean testDevice;
    private boolean replenishmentAllowed;
    private List<String> modelAsins = List.of();

    private String email;
    private String password;
    private String directedCustomerId;
    private String customerName;
    private List<String> chosenAsins = new ArrayList<>();

    /** Reads the authorization request (first GET only). */
    public void start() {
        Map<String, String> query =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        clientId = query.get("client_id");
        redirectUri = query.get("redirect_uri");
        LwaClient client = clients.find(clientId).orElse(null);
        if (client == null) {
            errorMessage = "Unknown client_id: the application is not registered with Login with Amazon.";
            return;
        }
        if (!client.allowsReturnUrl(redirectUri)) {
            errorMessage = "The redirect_uri is not one of the application's Allowed Return URLs.";
            return;
        }
        state = query.get("state");
        try {
            readRequest(query);
            step = Step.SIGN_IN;
        } catch (LwaError error) {
            redirect(Map.of("error", error.error(), "error_description", error.description()));
        }
    }

    private void readRequest(Map<String, String> query) {
        if (!"code".equals(query.get("response_type"))) {
            throw new LwaError(400, "unsupported_response_type", "response_type must be code");
        }
        String scope = query.getOrDefault("scope", "");
        if (!Arrays.asList(scope.trim().split("\\s+")).contains(TokenGrants.DASH_REPLENISH)) {
            throw new LwaError(400, "invalid_scope", "scope must include dash:replenish");
        }
        String scopeData = query.get("scope_data");
        if (scopeData == null || scopeData.isBlank()) {
            throw new LwaError(400, "invalid_scope", "scope_data is required for dash:replenish");
        }
        ScopeData.StandardFlow device;
        try {
            device = ScopeData.ofStandardFlow(scopeData);
        } catch (LwaError error) {
            throw new LwaError(400, "invalid_scope", error.description());
        }
        DeviceModel model = models.find(device.deviceModel())
                .orElseThrow(
                        () -> new LwaError(400, "invalid_scope", "The device model is not launched : device_model"));
        if (!model.usableBy(clientId)) {
            throw new LwaError(
                    400, "invalid_scope", "The device model is launched under other LWA credentials : device_model");
        }
        if (!model.acceptsSerial(device.serial())) {
            throw new LwaError(
                    400, "invalid_scope", "The serial does not match the device model's serial format : serial");
        }
        codeChallenge = query.get("code_challenge");
        codeChallengeMethod = query.get("code_challenge_method");
        if (codeChallenge != null) {
            codeChallengeMethod = codeChallengeMethod == null ? Pkce.PLAIN : codeChallengeMethod;
            if (!Pkce.isValidMethod(codeChallengeMethod) || !Pkce.isWellFormed(codeChallenge)) {
                throw LwaError.invalidRequest("The request has an invalid parameter : code_challenge");
            }
        } else if (codeChallengeMethod != null) {
            throw LwaError.invalidRequest("The request is missing a required parameter : code_challenge");
        }
        modelId = model.modelId();
        serial = device.serial();
        testDevice = device.testDevice();
        replenishmentAllowed = !model.whitelisted();
        modelAsins = model.asins();
    }

    public void signIn() {
        TestCustomer customer = customers.signIn(email, password).orElse(null);
        password = null;
        if (customer == null) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    "Your e-mail address or password is incorrect.",
                                    null));
            return;
        }
        directedCustomerId = customer.directedCustomerId();
        customerName = customer.name();
        step = Step.CONSENT;
    }

    public void allow() {
        if (step == Step.CONSENT) {
            step = Step.CHOOSE_ASINS;
        }
    }

    public void decline() {
        if (step == Step.CONSENT || step == Step.CHOOSE_ASINS) {
            step = Step.ERROR;
            errorMessage = "You declined.";
            redirect(Map.of("error", "access_denied", "error_description", "The customer declined"));
        }
    }

    public void complete() {
        if (step != Step.CHOOSE_ASINS) {
            return;
        }
        if (chosenAsins == null || chosenAsins.isEmpty() || !modelAsins.containsAll(chosenAsins)) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR, "Choose at least one product to reorder.", null));
            return;
        }
        devices.setUpThroughConsent(serial, modelId, directedCustomerId, chosenAsins);
        String code = codes.issue(new AuthorizationCodes.Consent(
                clientId,
                redirectUri,
                codeChallenge,
                codeChallengeMethod,
                directedCustomerId,
                modelId,
                serial,
                chosenAsins,
                testDevice,
                replenishmentAllowed));
        step = Step.ERROR;
        errorMessage = "Setup complete.";
        redirect(Map.of("code", code, "scope", TokenGrants.DASH_REPLENISH));
    }

    /** Back to the client with these parameters and the request's state. */
    private void redirect(Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        if (state != null) {
            all.put("state", state);
        }
        StringBuilder url = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
        all.forEach((name, value) -> url.append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                .append('&'));
        url.setLength(url.length() - 1);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    public Step getStep() {
        return step;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public String getClientId() {
        return clientId;
    }

    public String getModelId() {
        return modelId;
    }

    public String getSerial() {
        return serial;
    }

    public boolean isTestDevice() {
        return testDevice;
    }

    public List<String> getModelAsins() {
        return modelAsins;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getChosenAsins() {
        return chosenAsins;
    }

    public void setChosenAsins(List<String> chosenAsins) {
        this.chosenAsins = chosenAsins;
    }
}
