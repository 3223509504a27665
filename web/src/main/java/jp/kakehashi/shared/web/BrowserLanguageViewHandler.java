package jp.kakehashi.shared.web;

import jakarta.faces.application.Application;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the page language from the browser's Accept-Language header, in the browser's order of preference.
 * <p>
 * Two things the Faces implementation gets wrong for a Japanese shop: without the header, the servlet container
 * reports the server's own default locale as the client's (an English page for a client that asked for nothing);
 * and the default locale is not matched like the supported ones, so {@code ja, en;q=0.8} would give English.
 */
public class BrowserLanguageViewHandler extends ViewHandlerWrapper {

    public BrowserLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        Application application = context.getApplication();
        Locale shopDefault = application.getDefaultLocale() != null ? application.getDefaultLocale() : Locale.JAPANESE;

        String acceptLanguage = external.getRequestHeaderMap().get("Accept-Language");
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return shopDefault;
        }
        List<Locale> offered = new ArrayList<>();
        offered.add(shopDefault);
        application.getSupportedLocales().forEachRemaining(offered::add);
        return choose(external.getRequestLocales(), offered, shopDefault);
    }

    /**
     * The first offered locale whose language the browser asks for, taking the browser's preferences in order;
     * the shop's default when none matches.
     */
    static Locale choose(Iterator<Locale> preferred, List<Locale> offered, Locale shopDefault) {
        while (preferred.hasNext()) {
            String language = preferred.next().getLanguage();
            for (Locale candidate : offered) {
                if (candidate.getLanguage().equals(language)) {
                    return candidate;
                }
            }
        }
        return shopDefault;
    }
}
