package jp.kakehashi.admin.application;

import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.admin.domain.AuditEntry;

import java.util.List;

/** The audit trail of admin actions. Recording joins the caller's transaction: no audit line for an undone action. */
public interface AuditTrail {

    void record(String actor, AdminAction action, String target, String detail);

    List<AuditEntry> newest(int first, int max);
}
