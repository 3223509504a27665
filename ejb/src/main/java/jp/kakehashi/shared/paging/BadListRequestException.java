package jp.kakehashi.shared.paging;

import jakarta.ejb.ApplicationException;

/** A list asked for with a cursor, page size or filter it cannot take: a 400 on the API, a message on the page. */
@ApplicationException
public class BadListRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was wrong, for the page's message in its language. */
    public enum Problem {
        CURSOR,
        LIMIT,
        DATE,
        CHOICE,
        TEXT
    }

    private final Problem problem;

    public BadListRequestException(Problem problem, String reason) {
        super(reason);
        this.problem = problem;
    }

    public Problem getProblem() {
        return problem;
    }
}
