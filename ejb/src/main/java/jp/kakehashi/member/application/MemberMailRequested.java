package jp.kakehashi.member.application;

import java.util.Locale;

/**
 * A mail to send once the transaction that asked for it has committed: a link is never mailed for a member that was
 * rolled back, and a slow mail server holds no database lock.
 *
 * @param link the one-time verification link, or the shop's sign-in page for a notice
 */
public record MemberMailRequested(Kind kind, String recipient, String memberName, Locale locale, String link) {

    public enum Kind {
        /** "Open this link to finish your registration." */
        VERIFY_ADDRESS,
        /** "Someone tried to register with your address, which is a member's already: sign in, or ignore this." */
        ALREADY_REGISTERED,
        /** "Your name, phone or address was changed": the link is the account page. */
        PROFILE_CHANGED,
        /** "Your account and what we held about you were deleted": the link is the shop. */
        ACCOUNT_DELETED,
        /** "An administrator disabled your account". */
        ACCOUNT_DISABLED,
        /** "An administrator enabled your account again". */
        ACCOUNT_ENABLED
    }

    @Override
    public String toString() {
        return "MemberMailRequested[" + kind + "]";
    }
}
