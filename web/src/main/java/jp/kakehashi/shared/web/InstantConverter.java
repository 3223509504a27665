package jp.kakehashi.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows a point in time as the shop's customers read it: in Japan's time zone (Asia/Tokyo), in the page's language
 * ({@code 2026/12/01 15:04} in Japanese, {@code Dec 1, 2026, 3:04 PM} in English). Output only.
 */
@FacesConverter("kakehashi.Instant")
public class InstantConverter implements Converter<Instant> {

    static final ZoneId SHOP_TIME_ZONE = ZoneId.of("Asia/Tokyo");

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        Locale locale = context.getViewRoot() == null
                ? Locale.JAPANESE
                : context.getViewRoot().getLocale();
        return format(value, locale);
    }

    static String format(Instant value, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(SHOP_TIME_ZONE)
                .format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("a point in time is shown, never entered");
    }
}
