package jp.kakehashi.admin.web;

import java.io.Serializable;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;
import jp.kakehashi.shared.paging.Period;

/**
 * A list page's filters that every list has (text, a date range) and its paging; the query string holds them all
 * (f:viewParam), so that a page and its "next" link can be kept and shared.
 */
public abstract class FilteredList<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private String search;
    private String from;
    private String to;
    private final ListPaging<T> paging = new ListPaging<>(this::page);

    /** The list's page for these filters. */
    protected abstract ListPage<T> page(PageRequest request);

    protected Period period() {
        return Period.parse(from, to);
    }

    public ListPaging<T> getPaging() {
        return paging;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
