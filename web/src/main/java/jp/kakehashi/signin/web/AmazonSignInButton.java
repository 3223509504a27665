package jp.kakehashi.signin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jp.kakehashi.shared.config.PublicUrl;
import jp.kakehashi.signin.application.AmazonPayConfiguration;
import jp.kakehashi.signin.application.SignInButtonSigning;

/**
 * What a page needs to render Amazon's SignIn button: the payload, signed on the server with the merchant key, whose
 * return URL carries a one-time state for this session and purpose.
 */
@Named
@RequestScoped
public class AmazonSignInButton {

    /** The attributes checkout.js's renderButton takes, for one button. */
    public record Config(
            String merchantId,
            String ledgerCurrency,
            boolean sandbox,
            String checkoutLanguage,
            String payloadJson,
            String signature,
            String publicKeyId,
            String algorithm) {}

    @Inject
    private AmazonPayConfiguration configuration;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private SignInButtonSigning signing;

    @Inject
    private AmazonSignInStates states;

    public String getCheckoutJsUrl() {
        return configuration.checkoutJsUrl();
    }

    public Config forPurpose(String purpose) {
        SignInPurpose signInPurpose = SignInPurpose.valueOf(purpose);
        String returnUrl = publicUrl.of(AmazonSignIn.RETURN_PAGE + "?state=" + states.issue(signInPurpose));
        JsonArrayBuilder scopes = Json.createArrayBuilder();
        configuration.signInScopes().forEach(scopes::add);
        String payload = Json.createObjectBuilder()
                .add("signInReturnUrl", returnUrl)
                .add(
                        "storeId",
                        configuration
                                .storeId()
                                .orElseThrow(() -> new IllegalStateException("amazon-pay.store-id is not configured")))
                .add("signInScopes", scopes)
                .build()
                .toString();
        SignInButtonSigning.SignedPayload signed = signing.sign(payload);
        String language =
                FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        return new Config(
                configuration
                        .merchantId()
                        .orElseThrow(() -> new IllegalStateException("amazon-pay.merchant-id is not configured")),
                configuration.ledgerCurrency(),
                configuration.sandbox(),
                "en".equals(language) ? "en_US" : configuration.checkoutLanguage(),
                payload,
                signed.signature(),
                signed.publicKeyId(),
                signed.algorithm());
    }
}
