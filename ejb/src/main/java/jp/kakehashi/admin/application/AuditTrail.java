package jp.kakehashi.admin.application;

import java.util.List;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.admin.domain.AuditEntry;

/**
 * The audit trail of admin actions (read through AuditList). Recording joins the caller's transaction: no audit line
 * for an undone action.
 */
public interface AuditTrail {

    void record(String actor, AdminAction action, String target, String detail);

    /** The newest lines a member did or that were done to them ("member:ID" acting, or "member ID" as target). */
    List<AuditEntry> concerningMember(long memberId, int max);

    /**
     * A deleted member's identifiers (e-mail address, Amazon buyerId) leave every line that shows them: the lines stay,
     * naming the member by id only. How many lines changed.
     */
    int forget(java.util.Set<String> identifiers);
}
