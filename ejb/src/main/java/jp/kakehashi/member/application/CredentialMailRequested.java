package jp.kakehashi.member.application;

import java.util.Locale;

/**
 * A mail of the credential self-service, sent once the transaction that asked for it has committed, off the request's
 * thread: a request for a member's address answers as fast as one for anybody else's.
 *
 * @param link the one-time link, or a page of the shop for a notice
 */
public record CredentialMailRequested(Kind kind, String recipient, String memberName, Locale locale, String link) {

    public enum Kind {
        /** "Open this link to set a new password." */
        PASSWORD_RESET,
        /** "Your password was changed (or set); if it was not you, reset it." */
        PASSWORD_CHANGED,
        /** To the new address: "open this link to make it your address". */
        EMAIL_CHANGE_CONFIRM,
        /** To the old address: "a change of address was asked for; nothing changes unless the link is used". */
        EMAIL_CHANGE_REQUESTED,
        /** To the old address: "your address was changed". */
        EMAIL_CHANGED,
        /** To a new address that is a member's already: "someone asked to move an account to this address". */
        EMAIL_CHANGE_TAKEN
    }

    @Override
    public String toString() {
        return "CredentialMailRequested[" + kind + "]";
    }
}
