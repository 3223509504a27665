package jp.kakehashi.admin.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import jp.kakehashi.member.application.MemberActivity;
import jp.kakehashi.member.application.MemberData;

/** A member's recent activity, as the audit trail has it. */
@Stateless
public class AuditedMemberActivity implements MemberActivity {

    @Inject
    private AuditTrail auditTrail;

    @Override
    public List<MemberData.ActivityEntry> recent(long memberId, int max) {
        return auditTrail.concerningMember(memberId, max).stream()
                .map(entry -> new MemberData.ActivityEntry(
                        entry.getOccurredAt(),
                        entry.getActor(),
                        entry.getAction(),
                        entry.getTarget(),
                        entry.getDetail()))
                .toList();
    }
}
