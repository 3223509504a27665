package jp.kakehashi.member.domain;

/**
 * A change to how a member signs in, published in the transaction that made it, for the audit trail (which the admin
 * feature keeps). Names no address, password or link.
 */
public record MemberCredentialChanged(long memberId, Change change) {

    public enum Change {
        /** A mailed link set a new password (a forgotten one, or a first one); every session ended. */
        PASSWORD_RESET,
        /** The signed-in member changed their password with the current one; their other sessions ended. */
        PASSWORD_CHANGED,
        /** A signed-in member without a password set a first one. */
        PASSWORD_SET,
        /** The member confirmed a new address by the link mailed to it. */
        EMAIL_CHANGED
    }
}
