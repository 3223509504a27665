package jp.kakehashi.member.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import jp.kakehashi.member.domain.EmailChange;
import jp.kakehashi.member.domain.MailedLink;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.MemberCredentialChanged;
import jp.kakehashi.member.domain.MemberMailSent;
import jp.kakehashi.member.domain.PasswordReset;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.shared.activity.ActivityLog;
import jp.kakehashi.shared.crypto.Secrets;

@Stateless
public class DefaultMemberCredentials implements MemberCredentials {

    static final String RESET_PAGE = "/shop/reset-password.xhtml?token=";
    static final String EMAIL_CHANGE_PAGE = "/shop/confirm-email-change.xhtml?token=";
    private static final String LOGIN_PAGE = "/shop/login.xhtml";
    private static final String FORGOT_PAGE = "/shop/forgot-password.xhtml";

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private PasswordHashConfiguration passwordHashConfiguration;

    @Inject
    private MemberService members;

    @Inject
    private MemberMailConfiguration mailConfiguration;

    @Inject
    private CredentialLinkConfiguration linkConfiguration;

    @Inject
    private Event<CredentialMailRequested> mails;

    @Inject
    private Event<MemberCredentialChanged> changes;

    @Inject
    private ActivityLog activityLog;

    private final Clock clock = Clock.systemUTC();

    private StoredMailCounts sentMails;

    @PostConstruct
    void configure() {
        MemberPasswordHash.configure(passwordHash, passwordHashConfiguration);
        sentMails = new StoredMailCounts(entityManager);
    }

    @Override
    public void requestPasswordReset(String email, Locale locale, String source) {
        Instant now = clock.instant();
        requireMailAllowed(source, now);
        if (!PasswordRules.isAcceptableEmail(email) || Member.isReservedEmail(email)) {
            return;
        }
        String address = Member.normalizeEmail(email);
        // Counted whether or not the address is a member's: the limits then say nothing about membership
        if (!countMail(address, MemberMailSent.Kind.PASSWORD_RESET, now, source)) {
            return;
        }
        Optional<Member> member = members.findByEmail(address).filter(Member::hasEmail);
        if (member.isPresent()) {
            forgetExpiredLinks(now);
            String token = Secrets.newSecret();
            entityManager.persist(new PasswordReset(
                    Secrets.sha256Hex(token),
                    member.get().getId(),
                    address,
                    now,
                    now.plus(linkConfiguration.passwordResetLifetime())));
            mail(CredentialMailRequested.Kind.PASSWORD_RESET, address, member.get(), locale, RESET_PAGE + token);
        }
    }

    @Override
    public LinkOutcome checkPasswordReset(String token) {
        return findReset(token)
                .map(reset -> outcome(reset.stateAt(clock.instant())))
                .orElse(LinkOutcome.INVALID);
    }

    @Override
    public LinkOutcome resetPassword(String token, char[] newPassword, Locale locale) {
        try {
            requireAcceptable(newPassword);
            Optional<PasswordReset> found = findReset(token);
            if (found.isEmpty()) {
                return LinkOutcome.INVALID;
            }
            // Locked: two posts of one link set one password, and the second is told the link was used
            PasswordReset reset =
                    entityManager.find(PasswordReset.class, Secrets.sha256Hex(token), LockModeType.PESSIMISTIC_WRITE);
            Instant now = clock.instant();
            if (reset.stateAt(now) != MailedLink.State.USABLE) {
                return outcome(reset.stateAt(now));
            }
            Member member = entityManager.find(Member.class, reset.getMemberId(), LockModeType.PESSIMISTIC_WRITE);
            if (member == null || !member.getEmail().equals(reset.getEmail())) {
                return LinkOutcome.INVALID;
            }
            reset.use(now);
            member.setPasswordHash(passwordHash.generate(newPassword), now);
            if (!member.isEmailVerified()) {
                member.verifyEmail(now);
            }
            // Whoever knew the old password is signed out everywhere; other links to set one are void now
            member.endSessions(now);
            entityManager
                    .createQuery("DELETE FROM PasswordReset r WHERE r.memberId = :memberId AND r.usedAt IS NULL")
                    .setParameter("memberId", member.getId())
                    .executeUpdate();
            mail(CredentialMailRequested.Kind.PASSWORD_CHANGED, member.getEmail(), member, locale, FORGOT_PAGE);
            changed(member, MemberCredentialChanged.Change.PASSWORD_RESET, Activity.PASSWORD_RESET);
            return LinkOutcome.DONE;
        } finally {
            wipe(newPassword);
        }
    }

    @Override
    public void changePassword(long memberId, char[] currentPassword, char[] newPassword, Locale locale) {
        try {
            requireAcceptable(newPassword);
            Member member = entityManager.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
            if (member == null) {
                throw new IllegalArgumentException("No member " + memberId);
            }
            MemberCredentialChanged.Change change;
            if (member.hasPassword()) {
                requireCurrentPassword(member, currentPassword);
                change = MemberCredentialChanged.Change.PASSWORD_CHANGED;
            } else if (member.isEmailVerified() && member.hasEmail()) {
                change = MemberCredentialChanged.Change.PASSWORD_SET;
            } else {
                throw new CredentialChangeRefusedException(
                        CredentialChangeRefusedException.Reason.ADDRESS_PROOF_REQUIRED);
            }
            Instant now = clock.instant();
            member.setPasswordHash(passwordHash.generate(newPassword), now);
            mail(CredentialMailRequested.Kind.PASSWORD_CHANGED, member.getEmail(), member, locale, FORGOT_PAGE);
            changed(member, change, Activity.PASSWORD_CHANGE);
        } finally {
            wipe(currentPassword);
            wipe(newPassword);
        }
    }

    @Override
    public void requestEmailChange(
            long memberId, String newEmail, char[] currentPassword, Locale locale, String source) {
        try {
            Member member = members.findMember(memberId)
                    .orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
            if (!PasswordRules.isAcceptableEmail(newEmail) || Member.isReservedEmail(newEmail)) {
                throw new CredentialChangeRefusedException(CredentialChangeRefusedException.Reason.INVALID_EMAIL);
            }
            String address = Member.normalizeEmail(newEmail);
            if (address.equals(member.getEmail())) {
                throw new CredentialChangeRefusedException(CredentialChangeRefusedException.Reason.SAME_EMAIL);
            }
            if (member.hasPassword()) {
                requireCurrentPassword(member, currentPassword);
            }
            Instant now = clock.instant();
            requireMailAllowed(source, now);
            if (!countMail(address, MemberMailSent.Kind.EMAIL_CHANGE, now, source)) {
                return;
            }
            Optional<Member> holder = members.findByEmail(address);
            if (holder.isPresent()) {
                // No takeover, and the requester learns nothing: the address's owner is told instead
                mail(CredentialMailRequested.Kind.EMAIL_CHANGE_TAKEN, address, holder.get(), locale, LOGIN_PAGE);
                return;
            }
            forgetExpiredLinks(now);
            // The newest request is the one that counts
            entityManager
                    .createNamedQuery(EmailChange.FORGET_MEMBER)
                    .setParameter("memberId", memberId)
                    .executeUpdate();
            String token = Secrets.newSecret();
            entityManager.persist(new EmailChange(
                    Secrets.sha256Hex(token),
                    memberId,
                    member.getEmail(),
                    address,
                    now,
                    now.plus(linkConfiguration.emailChangeLifetime())));
            mail(CredentialMailRequested.Kind.EMAIL_CHANGE_CONFIRM, address, member, locale, EMAIL_CHANGE_PAGE + token);
            if (member.hasEmail()) {
                mail(
                        CredentialMailRequested.Kind.EMAIL_CHANGE_REQUESTED,
                        member.getEmail(),
                        member,
                        locale,
                        FORGOT_PAGE);
            }
        } finally {
            wipe(currentPassword);
        }
    }

    @Override
    public LinkOutcome checkEmailChange(String token) {
        return findChange(token)
                .map(change -> outcome(change.stateAt(clock.instant())))
                .orElse(LinkOutcome.INVALID);
    }

    @Override
    public LinkOutcome confirmEmailChange(String token, Locale locale) {
        if (findChange(token).isEmpty()) {
            return LinkOutcome.INVALID;
        }
        EmailChange change =
                entityManager.find(EmailChange.class, Secrets.sha256Hex(token), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (change.stateAt(now) != MailedLink.State.USABLE) {
            return outcome(change.stateAt(now));
        }
        Member member = entityManager.find(Member.class, change.getMemberId(), LockModeType.PESSIMISTIC_WRITE);
        if (member == null || !member.getEmail().equals(change.getOldEmail())) {
            return LinkOutcome.INVALID;
        }
        if (members.findByEmail(change.getNewEmail()).isPresent()) {
            return LinkOutcome.ADDRESS_TAKEN;
        }
        change.use(now);
        String oldEmail = member.getEmail();
        member.changeEmail(change.getNewEmail(), now);
        // Links mailed to the old address set no password any more
        entityManager
                .createNamedQuery(PasswordReset.FORGET_MEMBER)
                .setParameter("memberId", member.getId())
                .executeUpdate();
        try {
            entityManager.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Registered by someone else at the same moment (uq_member_email): theirs; the transaction rolls back
            return LinkOutcome.ADDRESS_TAKEN;
        }
        if (member.hasEmail() && !Member.isReservedEmail(oldEmail)) {
            mail(CredentialMailRequested.Kind.EMAIL_CHANGED, oldEmail, member, locale, FORGOT_PAGE);
        }
        changed(member, MemberCredentialChanged.Change.EMAIL_CHANGED, Activity.EMAIL_CHANGE);
        return LinkOutcome.DONE;
    }

    private Optional<PasswordReset> findReset(String token) {
        return wellFormed(token)
                ? Optional.ofNullable(entityManager.find(PasswordReset.class, Secrets.sha256Hex(token)))
                : Optional.empty();
    }

    private Optional<EmailChange> findChange(String token) {
        return wellFormed(token)
                ? Optional.ofNullable(entityManager.find(EmailChange.class, Secrets.sha256Hex(token)))
                : Optional.empty();
    }

    private static boolean wellFormed(String token) {
        return token != null && !token.isEmpty() && token.length() <= 100;
    }

    private static LinkOutcome outcome(MailedLink.State state) {
        return switch (state) {
            case USABLE -> LinkOutcome.USABLE;
            case USED -> LinkOutcome.USED;
            case EXPIRED -> LinkOutcome.EXPIRED;
        };
    }

    private void requireCurrentPassword(Member member, char[] currentPassword) {
        boolean right = currentPassword != null
                && currentPassword.length > 0
                && passwordHash.verify(currentPassword, member.getPasswordHash());
        if (!right) {
            throw new CredentialChangeRefusedException(CredentialChangeRefusedException.Reason.WRONG_PASSWORD);
        }
    }

    private static void requireAcceptable(char[] newPassword) {
        if (!PasswordRules.isAcceptablePassword(newPassword)) {
            throw new CredentialChangeRefusedException(CredentialChangeRefusedException.Reason.PASSWORD_RULES);
        }
    }

    private void requireMailAllowed(String source, Instant now) {
        Optional<MailLimiter.Limit> reached = mailConfiguration.limiter().reached(source, now, sentMails);
        if (reached.isPresent()) {
            throw new MailLimitReachedException(reached.get());
        }
    }

    /** Counts a mail to a typed address, unless the address has had its share within the window: false then. */
    private boolean countMail(String address, MemberMailSent.Kind kind, Instant now, String source) {
        String recipientHash = Secrets.sha256Hex(address);
        Instant since = now.minus(mailConfiguration.mailWindow());
        entityManager
                .createNamedQuery(MemberMailSent.FORGET_BEFORE)
                .setParameter("before", since)
                .executeUpdate();
        if (sentMails.toRecipient(recipientHash, since) >= mailConfiguration.maxMailsPerAddress()) {
            return false;
        }
        entityManager.persist(new MemberMailSent(recipientHash, kind, now, MailLimiter.sourceHash(source)));
        return true;
    }

    /** Expired links are kept no longer than the next link anybody asks for. */
    private void forgetExpiredLinks(Instant now) {
        entityManager
                .createNamedQuery(PasswordReset.FORGET_EXPIRED)
                .setParameter("now", now)
                .executeUpdate();
        entityManager
                .createNamedQuery(EmailChange.FORGET_EXPIRED)
                .setParameter("now", now)
                .executeUpdate();
    }

    private void mail(CredentialMailRequested.Kind kind, String recipient, Member member, Locale locale, String page) {
        mails.fire(new CredentialMailRequested(
                kind,
                recipient,
                member.getName(),
                locale == null ? Locale.JAPANESE : locale,
                mailConfiguration.publicUrl() + page));
    }

    private void changed(Member member, MemberCredentialChanged.Change change, Activity activity) {
        changes.fire(new MemberCredentialChanged(member.getId(), change));
        activityLog.record(activity);
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
