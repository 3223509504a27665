package jp.kakehashi.sandbox.pay.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The hosted page's error text, for a configuration the sign-in entry refused. */
@Named
@RequestScoped
public class HostedError {

    static final String ATTRIBUTE = HostedError.class.getName();

    /** @param language "ja" or "en" */
    public record Details(String errorCode, String detail, String language) implements Serializable {}

    public Details getDetails() {
        Object details = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(ATTRIBUTE);
        return details instanceof Details found
                ? found
                : new Details("InvalidParameterValue", "This page opens only from an Amazon Pay button.", "ja");
    }

    public java.util.ResourceBundle getText() {
        return HostedPageText.of(getDetails().language());
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getDetails().language());
    }
}
