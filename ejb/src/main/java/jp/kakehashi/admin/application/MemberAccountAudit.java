package jp.kakehashi.admin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.member.domain.MemberAccountChanged;

/**
 * Writes what happened to a member's account to the audit trail, in the transaction that did it; a deletion first
 * takes the member's identifiers out of earlier lines (docs/design.md, "Deleting an account"), and its own line names
 * the member by id only.
 */
@ApplicationScoped
public class MemberAccountAudit {

    @Inject
    private AuditTrail auditTrail;

    void onAccountChanged(@Observes MemberAccountChanged change) {
        AdminAction action = switch (change.change()) {
            case PROFILE_CHANGED -> AdminAction.MEMBER_PROFILE_CHANGED;
            case DATA_EXPORTED -> AdminAction.MEMBER_DATA_EXPORTED;
            case DELETED -> AdminAction.MEMBER_DELETED;
            case DISABLED -> AdminAction.DISABLE_MEMBER;
            case ENABLED -> AdminAction.ENABLE_MEMBER;
        };
        if (change.change() == MemberAccountChanged.Change.DELETED) {
            auditTrail.forget(change.forgotten());
        }
        auditTrail.record(change.actor(), action, "member " + change.memberId(), change.detail());
    }
}
