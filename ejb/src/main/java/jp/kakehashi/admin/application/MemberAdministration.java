package jp.kakehashi.admin.application;

import java.util.List;

/** Members for admins: search, and unlinking an Amazon account (written to the audit trail). */
public interface MemberAdministration {

    /** Members whose email, name or Amazon buyerId contains the text (all when blank), newest first. */
    List<MemberOverview> search(String text, int first, int max);

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
