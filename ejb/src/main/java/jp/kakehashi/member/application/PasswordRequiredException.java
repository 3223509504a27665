package jp.kakehashi.member.application;

import jakarta.ejb.ApplicationException;

/** A member needs a password to sign in without Amazon. Rolls back: nothing is stored. */
@ApplicationException(rollback = true)
public class PasswordRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PasswordRequiredException() {
        super("A member needs a password to sign in without Amazon.");
    }
}
