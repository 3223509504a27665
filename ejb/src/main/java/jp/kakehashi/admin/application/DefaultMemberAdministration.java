package jp.kakehashi.admin.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.member.application.MemberAccounts;
import jp.kakehashi.member.application.MemberData;
import jp.kakehashi.member.application.MemberList;
import jp.kakehashi.member.application.MemberOverview;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.application.NoSuchMemberException;
import jp.kakehashi.member.domain.Member;

@Stateless
public class DefaultMemberAdministration implements MemberAdministration {

    @Inject
    private MemberList memberList;

    @Inject
    private MemberService members;

    @Inject
    private AuditTrail auditTrail;

    @Override
    public long countMembers() {
        return memberList.count();
    }

    @Override
    public MemberOverview unlinkAmazon(long memberId, String actor) {
        Member before = members.findMember(memberId)
                .orElseThrow(() -> new AdminActionRefusedException("No member " + memberId));
        String buyerId = before.getAmazonBuyerId().orElse(null);
        Member after = members.unlinkAmazon(memberId);
        auditTrail.record(
                actor,
                AdminAction.UNLINK_AMAZON,
                "member " + memberId,
                buyerId == null ? "was not linked" : "was " + buyerId);
        return MemberOverview.of(after);
    }

    @Inject
    private MemberAccounts accounts;

    @Override
    public Optional<MemberData> detail(long memberId) {
        try {
            return Optional.of(accounts.view(memberId));
        } catch (NoSuchMemberException e) {
            return Optional.empty();
        }
    }

    @Override
    public MemberOverview disable(long memberId, String actor) {
        try {
            return MemberOverview.of(accounts.disable(memberId, actor));
        } catch (NoSuchMemberException e) {
            throw new AdminActionRefusedException("No member " + memberId);
        }
    }

    @Override
    public MemberOverview enable(long memberId, String actor) {
        try {
            return MemberOverview.of(accounts.enable(memberId, actor));
        } catch (NoSuchMemberException e) {
            throw new AdminActionRefusedException("No member " + memberId);
        }
    }
}
