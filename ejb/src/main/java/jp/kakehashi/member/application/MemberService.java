package jp.kakehashi.member.application;

import java.util.Optional;
import jp.kakehashi.member.domain.Member;

/** The shop's members: registration, sign-in by password, and the link to an Amazon account. */
public interface MemberService {

    /**
     * Registers a member. A typed address is mailed a one-time link and the member signs in by password only once it
     * is opened; an address Amazon gave is proved already. An address that is a member's gets a notice by mail and
     * the same answer ({@link RegistrationResult#isCheckYourMail()}).
     *
     * @throws EmailAlreadyRegisteredException     the address Amazon gave belongs to a member already (only its owner
     *                                             sees this: they proved it to Amazon)
     * @throws AmazonAccountAlreadyLinkedException the buyerId is linked to a member already
     * @throws PasswordRequiredException           neither a password nor an Amazon account to sign in with
     * @throws MailLimitReachedException           the registration would mail, and its source or the shop has caused
     *                                             its share of mails within the window: nothing stored or sent
     */
    RegistrationResult register(Registration registration);

    /**
     * The member whose email and password these are, verified address or not (callers refuse an unverified one:
     * {@link Member#isEmailVerified()}); empty otherwise (never says which was wrong).
     */
    Optional<Member> authenticate(String email, char[] password);

    /** Opens a verification link: the member's address is verified if the link is current. */
    EmailConfirmation confirmEmail(String token);

    /**
     * Mails a new verification link to a member whose address is not verified yet (they have just given the right
     * password), within the cap of mails per address; nothing for a verified member.
     */
    void sendVerificationLink(long memberId, java.util.Locale locale);

    /**
     * The same, asked for from a known source (the client address as remoteIp resolves it).
     *
     * @throws MailLimitReachedException the source or the shop has caused its share of mails within the window:
     *                                   nothing is sent
     */
    void sendVerificationLink(long memberId, java.util.Locale locale, String source);

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
