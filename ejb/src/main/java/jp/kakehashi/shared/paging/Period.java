package jp.kakehashi.shared.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A filter's date range, days as the shop's admins read them (Japan's time zone), both ends included; either end may be
 * open.
 */
public record Period(LocalDate from, LocalDate to) {

    static final ZoneId SHOP_TIME_ZONE = ZoneId.of("Asia/Tokyo");
    public static final Period ANY = new Period(null, null);

    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadListRequestException(
                    BadListRequestException.Problem.DATE,
                    "the range ends (" + to + ") before it begins (" + from + ")");
        }
    }

    /** From ISO dates (yyyy-mm-dd) as a form or a query string gives them; blank is open. */
    public static Period parse(String from, String to) {
        return new Period(date("from", from), date("to", to));
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadListRequestException(
                    BadListRequestException.Problem.DATE,
                    name + " must be a date like 2026-12-31, not "
                            + text.strip().replaceAll("[^\\w:.+-]", "?"));
        }
    }

    /** The first instant in the range, or null when open. */
    public Instant start() {
        return from == null ? null : from.atStartOfDay(SHOP_TIME_ZONE).toInstant();
    }

    /** The first instant after the range, or null when open. */
    public Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(SHOP_TIME_ZONE).toInstant();
    }
}
