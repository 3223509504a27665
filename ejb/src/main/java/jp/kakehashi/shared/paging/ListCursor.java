package jp.kakehashi.shared.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the next page of a list begins: the last row shown's sort key (a point in time, when the list is ordered by one,
 * and the row's unique key). Opaque to callers: URL-safe Base64 of "1|list|instant|key"; the list's name is inside so
 * that one list's cursor is refused by another.
 *
 * @param at  the last row's time, or null for a list ordered by its key alone
 * @param key the last row's unique key
 */
public record ListCursor(Instant at, String key) {

    private static final String VERSION = "1";
    /** Long enough for any key of ours (a 100-character message id), short enough for any URL. */
    static final int MAX_ENCODED = 400;

    public ListCursor {
        Objects.requireNonNull(key, "key");
    }

    public static ListCursor of(Instant at, Object key) {
        return new ListCursor(at, String.valueOf(key));
    }

    public String encode(String list) {
        String plain = VERSION + "|" + list + "|" + (at == null ? "" : at.toString()) + "|" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor of this list, or null for a blank one (the first page).
     *
     * @throws BadListRequestException when the text is not a cursor this list gave out
     */
    public static ListCursor decode(String list, String encoded, boolean timed) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        if (encoded.length() > MAX_ENCODED) {
            throw bad("the cursor is too long");
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad("the cursor is not one this list gave out");
        }
        String[] parts = plain.split("\\|", 4);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw bad("the cursor is not one this list gave out");
        }
        if (!list.equals(parts[1])) {
            throw bad("the cursor belongs to another list (" + parts[1].replaceAll("[^a-z-]", "") + ")");
        }
        if (parts[3].isEmpty() || timed == parts[2].isEmpty()) {
            throw bad("the cursor is not one this list gave out");
        }
        try {
            return new ListCursor(timed ? Instant.parse(parts[2]) : null, parts[3]);
        } catch (DateTimeParseException e) {
            throw bad("the cursor is not one this list gave out");
        }
    }

    /** The key as a number, for lists keyed by a generated id. */
    public long numericKey() {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw bad("the cursor is not one this list gave out");
        }
    }

    private static BadListRequestException bad(String reason) {
        return new BadListRequestException(BadListRequestException.Problem.CURSOR, reason);
    }
}
