package jp.kakehashi.sandbox.pay.web;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The hosted pages' text in the button's checkoutLanguage (ja_JP: Japanese, otherwise English). Chosen per
 * sign-in, not per browser, so the pages look up their bundle through their bean rather than f:loadBundle.
 */
final class HostedPageText {

    private static final String BUNDLE = "jp.kakehashi.sandbox.pay.web.HostedPage";

    private HostedPageText() {}

    static ResourceBundle of(String language) {
        Locale locale = "ja".equals(language) ? Locale.JAPANESE : Locale.ENGLISH;
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
