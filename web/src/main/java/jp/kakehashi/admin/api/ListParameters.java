package jp.kakehashi.admin.api;

import jakarta.ws.rs.QueryParam;
import jp.kakehashi.shared.paging.PageRequest;
import jp.kakehashi.shared.paging.Period;

/**
 * The query parameters every admin list takes besides its own filters: free text, a period (from/to), the cursor and
 * the page size. Read as text and parsed inside the list's call, so that a bad one is the list's 400 with the reason.
 */
public class ListParameters {

    @QueryParam("search")
    private String search;

    @QueryParam("from")
    private String from;

    @QueryParam("to")
    private String to;

    @QueryParam("cursor")
    private String cursor;

    @QueryParam("limit")
    private String limit;

    String search() {
        return search;
    }

    Period period() {
        return Period.parse(from, to);
    }

    PageRequest page() {
        return PageRequest.of(cursor, limit);
    }
}
