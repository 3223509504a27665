package jp.kakehashi.member.application;

import jakarta.ejb.ApplicationException;

/** The member is linked to another Amazon account already: unlink it first. Rolls back: nothing is stored. */
@ApplicationException(rollback = true)
public class MemberAlreadyLinkedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MemberAlreadyLinkedException() {
        super("The member is linked to another Amazon account already.");
    }
}
