package jp.kakehashi.admin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.member.domain.MemberCredentialChanged;

/**
 * Writes every change of a member's password or address to the audit trail, in the transaction that made it: the
 * member feature publishes what happened, the admin feature keeps the record (no address, password or link in it).
 */
@ApplicationScoped
public class MemberCredentialAudit {

    @Inject
    private AuditTrail auditTrail;

    void onCredentialChanged(@Observes MemberCredentialChanged changed) {
        AdminAction action = switch (changed.change()) {
            case PASSWORD_RESET -> AdminAction.MEMBER_PASSWORD_RESET;
            case PASSWORD_CHANGED -> AdminAction.MEMBER_PASSWORD_CHANGED;
            case PASSWORD_SET -> AdminAction.MEMBER_PASSWORD_SET;
            case EMAIL_CHANGED -> AdminAction.MEMBER_EMAIL_CHANGED;
        };
        String detail = switch (changed.change()) {
            case PASSWORD_RESET -> "by a mailed link; every session of the member ended";
            case PASSWORD_CHANGED -> "with the current password; the member's other sessions ended";
            case PASSWORD_SET -> "a first password, by the signed-in member; the member's other sessions ended";
            case EMAIL_CHANGED -> "confirmed by the link mailed to the new address; the old one was told";
        };
        auditTrail.record("member:" + changed.memberId(), action, "member " + changed.memberId(), detail);
    }
}
