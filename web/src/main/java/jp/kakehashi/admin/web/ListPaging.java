package jp.kakehashi.admin.web;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import jp.kakehashi.shared.paging.BadListRequestException;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;
import jp.kakehashi.shared.web.Pages;

/**
 * The page of a list an admin page shows: the cursor and page size from the query string, the rows, and the next page's
 * cursor for the "next" link. A cursor or filter the list cannot take is a message on the page: a bad cursor shows the
 * first page instead, a bad filter shows nothing.
 */
public class ListPaging<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Function<PageRequest, ListPage<T>> query;
    private String cursor;
    private String limit;
    private transient ListPage<T> page;

    /** @param query the list's page for a request: a method reference of the view's bean, which is serializable */
    public ListPaging(SerializableQuery<T> query) {
        this.query = query;
    }

    /** The page, read once per request or after {@link #reload()}. */
    public List<T> getRows() {
        if (page == null) {
            load();
        }
        return page.items();
    }

    /** Reads the page now (a view action): its messages reach the page. */
    public void load() {
        try {
            page = read();
        } catch (BadListRequestException e) {
            Pages.error("admin.list.bad." + e.getProblem().name());
            if (e.getProblem() == BadListRequestException.Problem.CURSOR) {
                cursor = null;
                page = read();
            } else {
                page = new ListPage<>(List.of(), null);
            }
        }
    }

    private ListPage<T> read() {
        return query.apply(PageRequest.of(cursor, limit));
    }

    /** After a change: the same page again, as it is now. */
    public void reload() {
        page = null;
    }

    /** A new search starts on the first page. */
    public void restart() {
        cursor = null;
        page = null;
    }

    public String getNext() {
        getRows();
        return page.next();
    }

    public boolean isFirst() {
        return cursor == null || cursor.isBlank();
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public String getLimit() {
        return limit;
    }

    public void setLimit(String limit) {
        this.limit = limit;
    }

    /** A query a view-scoped bean can keep. */
    @FunctionalInterface
    public interface SerializableQuery<T> extends Function<PageRequest, ListPage<T>>, Serializable {}
}
