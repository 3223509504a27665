package jp.kakehashi.member.application;

/** What a mailed one-time link (a password reset, a change of address) came to when it was checked or used. */
public enum LinkOutcome {
    /** The link works: its page shows its form (opening it changes nothing). */
    USABLE,
    /** The link did what it was for; it is spent. */
    DONE,
    /** The link was used already. */
    USED,
    /** The link is older than its lifetime. */
    EXPIRED,
    /** Unknown, replaced by a newer one, or for an address the member no longer has. */
    INVALID,
    /** A change of address whose new address became another member's meanwhile: nothing changed. */
    ADDRESS_TAKEN
}
