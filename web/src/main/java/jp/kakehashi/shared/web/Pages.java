package jp.kakehashi.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Small helpers for backing beans: localized messages, which reach the page after a redirect when the action ends in
 * one ({@link HeldMessages}), and the servlet pair for sign-in.
 */
public final class Pages {

    private static final String BUNDLE = "jp.kakehashi.web.i18n.Messages";

    private Pages() {}

    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale())
                .getString(key);
    }

    public static void info(String key) {
        message(null, FacesMessage.SEVERITY_INFO, key);
    }

    public static void error(String key) {
        message(null, FacesMessage.SEVERITY_ERROR, key);
    }

    public static void error(String clientId, String key) {
        message(clientId, FacesMessage.SEVERITY_ERROR, key);
    }

    /** A localized message followed by a detail that is not in the bundle (a service's reason, a count). */
    public static void errorWithDetail(String key, Object detail) {
        literal(FacesMessage.SEVERITY_ERROR, text(key) + " " + detail);
    }

    public static void infoWithDetail(String key, Object detail) {
        literal(FacesMessage.SEVERITY_INFO, text(key) + " " + detail);
    }

    /** A bundle's text with its arguments, in the page's language. */
    public static String format(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return new MessageFormat(text(key), context.getViewRoot().getLocale()).format(arguments);
    }

    public static void infoFormatted(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        literal(
                FacesMessage.SEVERITY_INFO,
                new MessageFormat(text(key), context.getViewRoot().getLocale()).format(arguments));
    }

    private static void literal(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, text));
    }

    private static void message(String clientId, FacesMessage.Severity severity, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(key);
        context.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public static HttpServletResponse response() {
        return (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    /** The page's language: what mails caused by this request are written in. */
    public static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
