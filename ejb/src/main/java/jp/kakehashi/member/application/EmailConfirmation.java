package jp.kakehashi.member.application;

/** What opening a verification link came to. */
public enum EmailConfirmation {
    /** The address is verified now (or was already, by this link's member). */
    CONFIRMED,
    /** The link is older than its lifetime: signing in with the password sends a new one. */
    EXPIRED,
    /** Unknown, used, replaced by a newer registration, or sent to an address the member no longer has. */
    INVALID
}
