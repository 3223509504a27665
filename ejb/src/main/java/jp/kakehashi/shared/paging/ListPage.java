package jp.kakehashi.shared.paging;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import java.util.function.Function;

/** One page of a list, and the cursor of the next page (null on the last page). */
public record ListPage<T>(List<T> items, String next) {

    @JsonbTransient
    public boolean hasNext() {
        return next != null;
    }

    public <R> ListPage<R> map(Function<T, R> row) {
        return new ListPage<>(items.stream().map(row).toList(), next);
    }
}
