package jp.kakehashi.member.application;

import jakarta.ejb.ApplicationException;

/** No member has this id (any more): nothing changed. */
@ApplicationException(rollback = true)
public class NoSuchMemberException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchMemberException(long memberId) {
        super("No member " + memberId);
    }
}
