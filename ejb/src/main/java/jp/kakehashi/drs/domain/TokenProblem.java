package jp.kakehashi.drs.domain;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Why a device's tokens could not be refreshed, as kept with them (the text stays readable in the database and the
 * log; pages show the problem in their own language by its key, admin.devices.problem.*).
 */
public enum TokenProblem {
    REFUSED("Amazon refused the refresh token: the customer may have revoked access"),
    REFUSED_AFTER_LOST_ANSWER("Amazon refused the refresh token after a lost answer"),
    ANSWER_LOST("The answer of Login with Amazon was lost"),
    UNAVAILABLE("Login with Amazon unavailable"),
    MARKED_BY_ADMIN("Marked as needing setup again by ");

    private final String text;

    TokenProblem(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The problem a kept text records; empty for Amazon's own words (an error description it sent). */
    public static Optional<TokenProblem> of(String kept) {
        return kept == null
                ? Optional.empty()
                : Stream.of(values())
                        .filter(problem ->
                                problem == MARKED_BY_ADMIN ? kept.startsWith(problem.text) : kept.equals(problem.text))
                        .findFirst();
    }
}
