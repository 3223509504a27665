package jp.kakehashi.member.application;

import jp.kakehashi.shared.paging.Period;

/**
 * What the member list can be narrowed to: e-mail, name or Amazon buyer id containing the text; linked or not; joined
 * within the period. Blank text and null choices mean "any".
 */
public record MemberFilter(String search, AmazonLink amazon, Period period) {

    public static final MemberFilter ALL = new MemberFilter(null, null, Period.ANY);

    /** Whether a member's Amazon account is linked. */
    public enum AmazonLink {
        LINKED,
        NOT_LINKED
    }
}
