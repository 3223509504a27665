package jp.kakehashi.shared.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A JPQL query for one page of a list, newest first, that continues after a cursor instead of skipping rows (no
 * OFFSET): with an index on (time, key) or (filter column, time, key) each page is one index range scan however deep it
 * is, and rows added meanwhile neither repeat nor hide rows on later pages.
 */
public final class KeysetQuery<E> {

    /** As long as the longest column searched. */
    public static final int MAX_SEARCH = 200;

    private final Class<E> type;
    private final String list;
    private final String timeField;
    private final String keyField;
    private final boolean numericKey;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private KeysetQuery(Class<E> type, String list, String timeField, String keyField, boolean numericKey) {
        this.type = type;
        this.list = list;
        this.timeField = timeField;
        this.keyField = keyField;
        this.numericKey = numericKey;
    }

    /** Ordered by a time, then by a unique key. */
    public static <E> KeysetQuery<E> byTime(
            Class<E> type, String list, String timeField, String keyField, boolean numericKey) {
        return new KeysetQuery<>(type, list, timeField, keyField, numericKey);
    }

    /** Ordered by a generated id alone. */
    public static <E> KeysetQuery<E> byId(Class<E> type, String list, String idField) {
        return new KeysetQuery<>(type, list, null, idField, true);
    }

    public KeysetQuery<E> equal(String field, Object value) {
        if (value != null) {
            String name = parameter(value);
            conditions.add("x." + field + " = :" + name);
        }
        return this;
    }

    /** Rows whose fields contain the text, ignoring case; nothing when blank. */
    public KeysetQuery<E> contains(String text, String... fields) {
        String search = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (search.length() > MAX_SEARCH) {
            throw new BadListRequestException(
                    BadListRequestException.Problem.TEXT,
                    "the search text must be at most " + MAX_SEARCH + " characters");
        }
        if (!search.isEmpty()) {
            String name = parameter("%" + escapeLike(search) + "%");
            List<String> any = new ArrayList<>();
            for (String field : fields) {
                any.add("LOWER(x." + field + ") LIKE :" + name + " ESCAPE '\\'");
            }
            conditions.add("(" + String.join(" OR ", any) + ")");
        }
        return this;
    }

    public KeysetQuery<E> within(String field, Period period) {
        if (period.start() != null) {
            conditions.add("x." + field + " >= :" + parameter(period.start()));
        }
        if (period.end() != null) {
            conditions.add("x." + field + " < :" + parameter(period.end()));
        }
        return this;
    }

    /** Any other condition on x, without parameters. */
    public KeysetQuery<E> where(String condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * The page after the cursor (the first when it is blank), and the next page's cursor when there are more rows.
     *
     * @param cursorOf the time and key of a row, to continue after it
     * @throws BadListRequestException for a cursor this list did not give out
     */
    public ListPage<E> page(EntityManager entityManager, PageRequest request, Function<E, ListCursor> cursorOf) {
        ListCursor cursor = ListCursor.decode(list, request.cursor(), timeField != null);
        List<String> where = new ArrayList<>(conditions);
        Map<String, Object> values = new LinkedHashMap<>(parameters);
        if (cursor != null) {
            Object key = numericKey ? (Object) cursor.numericKey() : cursor.key();
            values.put("afterKey", key);
            if (timeField == null) {
                where.add("x." + keyField + " < :afterKey");
            } else {
                values.put("afterAt", cursor.at());
                // The first term bounds the index range; the second leaves out the rows of the same instant already
                // shown
                where.add("x." + timeField + " <= :afterAt AND (x." + timeField + " < :afterAt OR x." + keyField
                        + " < :afterKey)");
            }
        }
        String order =
                timeField == null ? "x." + keyField + " DESC" : "x." + timeField + " DESC, x." + keyField + " DESC";
        String jpql = "SELECT x FROM " + type.getSimpleName() + " x"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY " + order;
        TypedQuery<E> query = entityManager.createQuery(jpql, type).setMaxResults(request.limit() + 1);
        values.forEach(query::setParameter);
        List<E> rows = query.getResultList();
        if (rows.size() <= request.limit()) {
            return new ListPage<>(rows, null);
        }
        List<E> shown = rows.subList(0, request.limit());
        return new ListPage<>(
                List.copyOf(shown), cursorOf.apply(shown.get(shown.size() - 1)).encode(list));
    }

    private String parameter(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return name;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
