package jp.kakehashi.member.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import jp.kakehashi.member.domain.ProfileChange;

/** The profile change breaks the registration's rules: nothing changed. */
@ApplicationException(rollback = true)
public class InvalidProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ProfileChange.Problem> problems;

    public InvalidProfileException(List<ProfileChange.Problem> problems) {
        super("Invalid profile: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ProfileChange.Problem> problems() {
        return problems;
    }
}
