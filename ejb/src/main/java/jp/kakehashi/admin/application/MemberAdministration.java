package jp.kakehashi.admin.application;

/** Members for admins: counting (the lists are AdminLists'), and unlinking an Amazon account (written to the audit trail). */
public interface MemberAdministration {

    long countMembers();

    /**
     * @throws jp.kakehashi.member.application.PasswordRequiredException the member has no password and could not sign
     *                                                                    in any more
     */
    MemberOverview unlinkAmazon(long memberId, String actor);
}
