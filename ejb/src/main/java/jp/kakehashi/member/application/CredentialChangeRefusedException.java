package jp.kakehashi.member.application;

import jakarta.ejb.ApplicationException;

/** A change of password or address that is refused, and why. Rolls back: nothing is stored or mailed. */
@ApplicationException(rollback = true)
public class CredentialChangeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The current password given is not the member's. */
        WRONG_PASSWORD,
        /** The new password breaks the rules registration sets ({@link PasswordRules}). */
        PASSWORD_RULES,
        /**
         * A member without a password whose address is not proved sets a first one only by the link mailed to it: a
         * session alone (signed in with Amazon) does not show that the address is theirs.
         */
        ADDRESS_PROOF_REQUIRED,
        /** The new address is the member's current one. */
        SAME_EMAIL,
        /** Not an address the shop can mail. */
        INVALID_EMAIL
    }

    private final Reason reason;

    public CredentialChangeRefusedException(Reason reason) {
        super("Refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
