package jp.kakehashi.member.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jp.kakehashi.member.domain.Member;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

@Stateless
public class DefaultMemberService implements MemberService {

    /** Hashed once at start so that an unknown email costs as much time as a wrong password. */
    private static final char[] DUMMY_PASSWORD = "kakehashi-timing-equaliser".toCharArray();

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256; the container's default is far lower. */
    @jakarta.annotation.PostConstruct
    void configurePasswordHash() {
        passwordHash.initialize(java.util.Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    }

    private final Clock clock = Clock.systemUTC();

    @Override
    public Member register(Registration registration) {
        boolean hasPassword = registration.password() != null && registration.password().length > 0;
        if (!hasPassword && registration.amazonBuyerId() == null) {
            throw new PasswordRequiredException();
        }
        String email = Member.normalizeEmail(registration.email());
        if (findByEmail(email).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        if (registration.amazonBuyerId() != null && findByAmazonBuyer(registration.amazonBuyerId()).isPresent()) {
            throw new AmazonAccountAlreadyLinkedException();
        }
        Instant now = clock.instant();
        Member member = new Member(email, registration.name(), registration.phoneNumber(), registration.address(),
                registration.billingAddress(), now);
        if (hasPassword) {
            member.setPasswordHash(passwordHash.generate(registration.password()), now);
            Arrays.fill(registration.password(), '\0');
        }
        if (registration.amazonBuyerId() != null) {
            member.linkAmazon(registration.amazonBuyerId(), now);
        }
        entityManager.persist(member);
        flushOrExplain(registration.amazonBuyerId() != null);
        return member;
    }

    @Override
    public Optional<Member> authenticate(String email, char[] password) {
        Optional<Member> member = email == null ? Optional.empty() : findByEmail(email).filter(Member::hasPassword);
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
        return entityManager.createNamedQuery(Member.BY_EMAIL, Member.class)
                .setParameter("email", Member.normalizeEmail(email))
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    @Override
    public Optional<Member> findByAmazonBuyer(String buyerId) {
        return entityManager.createNamedQuery(Member.BY_AMAZON_BUYER, Member.class)
                .setParameter("buyerId", buyerId)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
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
                    && violation.getConstraintName().toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
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
