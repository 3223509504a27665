package jp.kakehashi.admin.application;

import jp.kakehashi.admin.domain.AdminAction;

/**
 * The audit trail of admin actions (read through AdminLists). Recording joins the caller's transaction: no audit line
 * for an undone action.
 */
public interface AuditTrail {

    void record(String actor, AdminAction action, String target, String detail);
}
