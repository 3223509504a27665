package jp.kakehashi.member.application;

import jp.kakehashi.member.domain.Member;

import java.util.Optional;

/** The shop's members: registration, sign-in by password, and the link to an Amazon account. */
public interface MemberService {

    /**
     * @throws EmailAlreadyRegisteredException     the email belongs to a member already
     * @throws AmazonAccountAlreadyLinkedException the buyerId is linked to a member already
     * @throws PasswordRequiredException           neither a password nor an Amazon account to sign in with
     */
    Member register(Registration registration);

    /** The member whose email and password these are; empty otherwise (never says which was wrong). */
    Optional<Member> authenticate(String email, char[] password);

    Optional<Member> findMember(long id);

    Optional<Member> findByEmail(String email);

    Optional<Member> findByAmazonBuyer(String buyerId);

    /**
     * Links the Amazon account; linking the same one again changes nothing.
     *
     * @throws AmazonAccountAlreadyLinkedException it is linked to another member
     */
    Member linkAmazon(long memberId, String buyerId);

    /** @throws PasswordRequiredException the member has no password and could not sign in any more */
    Member unlinkAmazon(long memberId);
}
