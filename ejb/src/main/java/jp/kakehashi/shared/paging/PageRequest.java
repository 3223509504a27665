package jp.kakehashi.shared.paging;

/**
 * Which page of a list: the cursor a previous page gave (blank for the first page) and how many rows, at most
 * {@link #MAX_LIMIT}.
 */
public record PageRequest(String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadListRequestException(
                    BadListRequestException.Problem.LIMIT,
                    "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }

    /** A limit given as text (a query parameter): blank means the default. */
    public static PageRequest of(String cursor, String limit) {
        if (limit == null || limit.isBlank()) {
            return new PageRequest(cursor, DEFAULT_LIMIT);
        }
        try {
            return new PageRequest(cursor, Integer.parseInt(limit.strip()));
        } catch (NumberFormatException e) {
            throw new BadListRequestException(
                    BadListRequestException.Problem.LIMIT, "limit must be a number, not " + limit.strip());
        }
    }
}
