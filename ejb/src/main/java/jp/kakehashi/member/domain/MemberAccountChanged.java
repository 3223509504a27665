package jp.kakehashi.member.domain;

import java.util.Set;

/**
 * Something that matters happened to a member's account, published in the transaction that did it so that the admin
 * feature writes the audit line there (no line for a change rolled back).
 *
 * @param actor       who did it: "member:ID" for the member themself, else the admin's name
 * @param detail      what the audit may keep: never a name, an address or an e-mail address
 * @param forgotten   for {@link Change#DELETED}: the identifiers (e-mail address, Amazon buyerId) that earlier audit lines
 *                    must no longer show; empty otherwise
 */
public record MemberAccountChanged(long memberId, Change change, String actor, String detail, Set<String> forgotten) {

    public enum Change {
        PROFILE_CHANGED,
        DATA_EXPORTED,
        DELETED,
        DISABLED,
        ENABLED
    }

    /** The actor a member's own action is audited as. */
    public static String memberActor(long memberId) {
        return "member:" + memberId;
    }

    @Override
    public String toString() {
        return "MemberAccountChanged[" + memberId + " " + change + "]";
    }
}
