package jp.kakehashi.member.application;

import java.util.Locale;

/**
 * A member's own password and address: a forgotten password reset by a mailed link, a password changed (or a first
 * one set), an address changed through a link mailed to the new one. Each change is mailed to the member and audited.
 */
public interface MemberCredentials {

    /**
     * Mails a one-time link that sets a new password, when the address is a member's; otherwise nothing, with the same
     * answer and the same work on the caller's thread (the mail is sent off it). Within the per-address cap.
     *
     * @throws MailLimitReachedException the source or the shop has caused its share of mails within the window
     */
    void requestPasswordReset(String email, Locale locale, String source);

    /** Whether the link still sets a password (USABLE, USED, EXPIRED or INVALID): opening it changes nothing. */
    LinkOutcome checkPasswordReset(String token);

    /**
     * Sets the password the link is for, once: the address is verified (the link proves it), every session of the
     * member ends and a notice is mailed. DONE, or why not (USED, EXPIRED, INVALID).
     *
     * @throws CredentialChangeRefusedException PASSWORD_RULES; nothing is spent
     */
    LinkOutcome resetPassword(String token, char[] newPassword, Locale locale);

    /**
     * Changes the signed-in member's password (the current one required), or sets a first one for a member without
     * (whose address is proved); a notice is mailed. The caller ends the member's other sessions.
     *
     * @throws CredentialChangeRefusedException WRONG_PASSWORD, PASSWORD_RULES or ADDRESS_PROOF_REQUIRED
     */
    void changePassword(long memberId, char[] currentPassword, char[] newPassword, Locale locale);

    /**
     * Mails a link to the new address that makes it the member's, and tells the old one. A new address that is a
     * member's already gets a notice instead, and the caller the same answer.
     *
     * @param currentPassword required when the member has a password
     * @throws CredentialChangeRefusedException WRONG_PASSWORD, SAME_EMAIL or INVALID_EMAIL
     * @throws MailLimitReachedException        the source or the shop has caused its share of mails within the window
     */
    void requestEmailChange(long memberId, String newEmail, char[] currentPassword, Locale locale, String source);

    /** Whether the link still changes an address (USABLE, USED, EXPIRED or INVALID): opening it changes nothing. */
    LinkOutcome checkEmailChange(String token);

    /**
     * Makes the link's new address the member's, verified, once; the old address is told. DONE, or why not (USED,
     * EXPIRED, INVALID, ADDRESS_TAKEN).
     */
    LinkOutcome confirmEmailChange(String token, Locale locale);
}
