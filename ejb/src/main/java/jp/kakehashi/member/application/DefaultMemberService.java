package jp.kakehashi.member.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import jp.kakehashi.member.domain.EmailVerification;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.MemberMailSent;
import jp.kakehashi.shared.crypto.Secrets;

@Stateless
public class DefaultMemberService implements MemberService {

    /** Hashed once at start so that an unknown email costs as much time as a wrong password. */
    private static final char[] DUMMY_PASSWORD = "kakehashi-timing-equaliser".toCharArray();

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private PasswordHashConfiguration passwordHashConfiguration;

    @jakarta.annotation.PostConstruct
    void configure() {
        MemberPasswordHash.configure(passwordHash, passwordHashConfiguration);
        sentMails = new StoredMailCounts(entityManager);
    }

    private final Clock clock = Clock.systemUTC();

    @Inject
    private MemberMailConfiguration mailConfiguration;

    @Inject
    private Event<MemberMailRequested> mails;

    @Override
    public RegistrationResult register(Registration registration) {
        boolean hasPassword = registration.password() != null && registration.password().length > 0;
        if (!hasPassword && registration.amazonBuyerId() == null) {
            throw new PasswordRequiredException();
        }
        String email = Member.normalizeEmail(registration.email());
        boolean givenByAmazon = registration.amazonBuyerId() != null
                && registration.emailGivenByAmazon() != null
                && email.equals(Member.normalizeEmail(registration.emailGivenByAmazon()));
        Instant now = clock.instant();
        if (!givenByAmazon) {
            // Every outcome below mails the typed address: refused before anything is hashed or stored
            try {
                requireMailAllowed(registration.source(), now);
            } catch (MailLimitReachedException e) {
                if (hasPassword) {
                    Arrays.fill(registration.password(), '\0');
                }
                throw e;
            }
        }
        // Hashed before the address is looked up: registering a member's address takes as long as any other
        String hash = hasPassword ? passwordHash.generate(registration.password()) : null;
        if (hasPassword) {
            Arrays.fill(registration.password(), '\0');
        }
        if (registration.amazonBuyerId() != null
                && findByAmazonBuyer(registration.amazonBuyerId()).isPresent()) {
            throw new AmazonAccountAlreadyLinkedException();
        }
        if (Member.isReservedEmail(email)) {
            // Never delivered: the same answer as for any address, and nothing stored
            return RegistrationResult.checkYourMail();
        }
        Optional<Member> holder = findByEmail(email);
        if (holder.isPresent() && holder.get().isEmailVerified()) {
            if (givenByAmazon) {
                throw new EmailAlreadyRegisteredException();
            }
            mail(
                    MemberMailRequested.Kind.ALREADY_REGISTERED,
                    email,
                    holder.get().getName(),
                    registration.locale(),
                    mailConfiguration.publicUrl() + "/shop/login.xhtml",
                    now,
                    registration.source());
            return RegistrationResult.checkYourMail();
        }
        holder.ifPresent(unproved -> giveUpUnproved(unproved, now));
        Member member = new Member(
                email,
                registration.name(),
                registration.phoneNumber(),
                registration.address(),
                registration.billingAddress(),
                now);
        if (hash != null) {
            member.setPasswordHash(hash, now);
        }
        if (registration.amazonBuyerId() != null) {
            member.linkAmazon(registration.amazonBuyerId(), now);
        }
        if (givenByAmazon) {
            member.verifyEmail(now);
        }
        entityManager.persist(member);
        try {
            flushOrExplain(registration.amazonBuyerId() != null);
        } catch (EmailAlreadyRegisteredException e) {
            if (givenByAmazon) {
                throw e;
            }
            // A registration of the same address at the same moment won; its link is on the way
            return RegistrationResult.checkYourMail();
        }
        if (!givenByAmazon) {
            issueVerificationLink(member, registration.locale(), now, registration.source());
        }
        // A member with Amazon signs in with Amazon at once; one by password only once the link is opened
        return member.getAmazonBuyerId().isPresent()
                ? RegistrationResult.signInNow(member, !givenByAmazon)
                : RegistrationResult.checkYourMail();
    }

    /**
     * An earlier registration of the address that nobody proved: the one who can open the link decides. One by hand
     * is forgotten; a member registered with Amazon (who typed an address other than Amazon's) stays, signing in with
     * Amazon, and only gives the address up, with the links mailed to it.
     */
    private void giveUpUnproved(Member unproved, Instant now) {
        entityManager
                .createNamedQuery(EmailVerification.FORGET_MEMBER)
                .setParameter("memberId", unproved.getId())
                .executeUpdate();
        if (unproved.isUnclaimed()) {
            entityManager.remove(unproved);
        } else {
            unproved.releaseUnprovedEmail(now);
        }
        entityManager.flush();
    }

    @Override
    public EmailConfirmation confirmEmail(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return EmailConfirmation.INVALID;
        }
        EmailVerification verification = entityManager.find(EmailVerification.class, Secrets.sha256Hex(token));
        if (verification == null) {
            return EmailConfirmation.INVALID;
        }
        Instant now = clock.instant();
        if (verification.isExpiredAt(now)) {
            return EmailConfirmation.EXPIRED;
        }
        // Locked: a double click confirms once, and the second one finds the member verified
        Member member = entityManager.find(Member.class, verification.getMemberId(), LockModeType.PESSIMISTIC_WRITE);
        if (member == null || !member.getEmail().equals(verification.getEmail())) {
            return EmailConfirmation.INVALID;
        }
        if (!member.isEmailVerified()) {
            member.verifyEmail(now);
        }
        entityManager
                .createNamedQuery(EmailVerification.FORGET_MEMBER)
                .setParameter("memberId", member.getId())
                .executeUpdate();
        return EmailConfirmation.CONFIRMED;
    }

    /** From a caller that knows no source: over the shop-wide limit, silently nothing (the per-address way). */
    @Override
    public void sendVerificationLink(long memberId, Locale locale) {
        Instant now = clock.instant();
        if (mailConfiguration.limiter().reached(null, now, sentMails).isEmpty()) {
            findMember(memberId)
                    .filter(member -> !member.isEmailVerified() && member.hasEmail())
                    .ifPresent(member -> issueVerificationLink(member, locale, now, null));
        }
    }

    @Override
    public void sendVerificationLink(long memberId, Locale locale, String source) {
        Optional<Member> member = findMember(memberId).filter(found -> !found.isEmailVerified() && found.hasEmail());
        if (member.isPresent()) {
            Instant now = clock.instant();
            requireMailAllowed(source, now);
            issueVerificationLink(member.get(), locale, now, source);
        }
    }

    /** The per-source and shop-wide limits; the per-address one is {@link #mail}'s, and says nothing. */
    private void requireMailAllowed(String source, Instant now) {
        Optional<MailLimiter.Limit> reached = mailConfiguration.limiter().reached(source, now, sentMails);
        if (reached.isPresent()) {
            throw new MailLimitReachedException(reached.get());
        }
    }

    private StoredMailCounts sentMails;

    private void issueVerificationLink(Member member, Locale locale, Instant now, String source) {
        String token = Secrets.newSecret();
        if (mail(
                MemberMailRequested.Kind.VERIFY_ADDRESS,
                member.getEmail(),
                member.getName(),
                locale,
                mailConfiguration.publicUrl() + "/shop/verify-email.xhtml?token=" + token,
                now,
                source)) {
            entityManager.persist(new EmailVerification(
                    Secrets.sha256Hex(token),
                    member.getId(),
                    member.getEmail(),
                    now,
                    now.plus(mailConfiguration.verificationLifetime())));
        }
    }

    /** Asks for the mail after commit, unless the address has had its share within the window: false then. */
    private boolean mail(
            MemberMailRequested.Kind kind,
            String recipient,
            String name,
            Locale locale,
            String link,
            Instant now,
            String source) {
        String recipientHash = Secrets.sha256Hex(recipient);
        Instant since = now.minus(mailConfiguration.mailWindow());
        entityManager
                .createNamedQuery(MemberMailSent.FORGET_BEFORE)
                .setParameter("before", since)
                .executeUpdate();
        long recent = sentMails.toRecipient(recipientHash, since);
        if (recent >= mailConfiguration.maxMailsPerAddress()) {
            return false;
        }
        entityManager.persist(new MemberMailSent(
                recipientHash,
                kind == MemberMailRequested.Kind.VERIFY_ADDRESS
                        ? MemberMailSent.Kind.VERIFICATION
                        : MemberMailSent.Kind.ALREADY_REGISTERED,
                now,
                MailLimiter.sourceHash(source)));
        mails.fire(new MemberMailRequested(kind, recipient, name, locale == null ? Locale.JAPANESE : locale, link));
        return true;
    }

    @Override
    public Optional<Member> authenticate(String email, char[] password) {
        Optional<Member> member =
                email == null ? Optional.empty() : findByEmail(email).filter(Member::hasPassword);
        boolean valid = member.isPresent()
                ? passwordHash.verify(password, member.get().getPasswordHash())
                : passwordHash.verify(DUMMY_PASSWORD, dummyHash());
        return valid && member.isPresent() ? member : Optional.empty();
    }

    @Override
    public Optional<Member> findMember(long id) {
        return Optional.ofNullable(entityManager.find(Member.class, id));
    }

    @Override
    public Optional<Member> findByEmail(String email) {
        return entityManager
                .createNamedQuery(Member.BY_EMAIL, Member.class)
                .setParameter("email", Member.normalizeEmail(email))
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Member> findByAmazonBuyer(String buyerId) {
        return entityManager
                .createNamedQuery(Member.BY_AMAZON_BUYER, Member.class)
                .setParameter("buyerId", buyerId)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Member linkAmazon(long memberId, String buyerId) {
        Member member = findMember(memberId).orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
        Optional<Member> holder = findByAmazonBuyer(buyerId);
        if (holder.isPresent() && !holder.get().getId().equals(member.getId())) {
            throw new AmazonAccountAlreadyLinkedException();
        }
        if (member.getAmazonBuyerId().filter(linked -> !linked.equals(buyerId)).isPresent()) {
            throw new MemberAlreadyLinkedException();
        }
        if (holder.isEmpty()) {
            member.linkAmazon(buyerId, clock.instant());
            flushOrExplain(true);
        }
        return member;
    }

    @Override
    public Member unlinkAmazon(long memberId) {
        Member member = findMember(memberId).orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
        if (!member.hasPassword()) {
            throw new PasswordRequiredException();
        }
        member.unlinkAmazon(clock.instant());
        return member;
    }

    /** A concurrent registration or link with the same key loses on the database's unique constraint. */
    private void flushOrExplain(boolean linksAmazon) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (linksAmazon && mentions(e, "uq_member_amazon_buyer")) {
                throw new AmazonAccountAlreadyLinkedException();
            }
            if (mentions(e, "uq_member_email")) {
                throw new EmailAlreadyRegisteredException();
            }
            throw e;
        }
    }

    /** By the violated constraint's name: the message also holds the SQL, which names every column. */
    private static boolean mentions(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation
                            .getConstraintName()
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private String dummyHash;

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = passwordHash.generate(DUMMY_PASSWORD);
        }
        return dummyHash;
    }
}
