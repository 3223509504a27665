package jp.kakehashi.member.application;

import jakarta.ejb.ApplicationException;

/** A member with this email exists already. Rolls back: nothing is stored. */
@ApplicationException(rollback = true)
public class EmailAlreadyRegisteredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailAlreadyRegisteredException() {
        super("A member with this email exists already.");
    }
}
