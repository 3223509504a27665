package jp.kakehashi.admin.application;

import jp.kakehashi.member.application.MemberOverview;

/** Members for admins: counting (the list is member's MemberList), and unlinking an Amazon account (written to the audit trail). */
public interface MemberAdministration {

    long countMembers();

    /**
     * @throws jp.kakehashi.member.application.PasswordRequiredException the member has no password and could not sign
     *                                                                    in any more
     */
    MemberOverview unlinkAmazon(long memberId, String actor);

    /** The member with their devices, credentials and recent audit lines; empty when there is no such member. */
    java.util.Optional<jp.kakehashi.member.application.MemberData> detail(long memberId);

    /** Disables the member (audited with the admin's name). @throws AdminActionRefusedException no such member */
    MemberOverview disable(long memberId, String actor);

    /** Enables the member again (audited). @throws AdminActionRefusedException no such member */
    MemberOverview enable(long memberId, String actor);
}
