package jp.kakehashi.member.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kakehashi.member.domain.ApiToken;
import jp.kakehashi.member.domain.EmailVerification;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.MemberAccountChanged;
import jp.kakehashi.member.domain.PostalAddress;
import jp.kakehashi.member.domain.ProfileChange;
import jp.kakehashi.shared.crypto.Secrets;

@Stateless
public class DefaultMemberAccounts implements MemberAccounts {

    /** How many audit lines the download and the admin's member page show. */
    static final int RECENT_ACTIVITY = 50;

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private MemberDevices memberDevices;

    @Inject
    private MemberActivity memberActivity;

    /** Every feature that keeps data about members (devices, SNS receptions). */
    @Inject
    @Any
    private Instance<MemberDataHolder> dataHolders;

    @Inject
    private MemberSessions memberSessions;

    @Inject
    private ApiTokens apiTokens;

    @Inject
    private MemberMailConfiguration mailConfiguration;

    @Inject
    private Event<MemberMailRequested> mails;

    @Inject
    private Event<MemberAccountChanged> accountChanges;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Member changeProfile(long memberId, ProfileChange change, String actor, Locale locale) {
        List<ProfileChange.Problem> problems = change.problems();
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        Member member = lockedMember(memberId);
        String changed = changedFields(member, change);
        member.changeProfile(change, clock.instant());
        accountChanges.fire(new MemberAccountChanged(
                memberId,
                MemberAccountChanged.Change.PROFILE_CHANGED,
                actor,
                changed.isEmpty() ? "nothing changed" : "changed: " + changed,
                Set.of()));
        notify(member, MemberMailRequested.Kind.PROFILE_CHANGED, locale, "/member/account.xhtml");
        return member;
    }

    /** Which fields the change touches, by name only: the audit keeps no personal data. */
    static String changedFields(Member member, ProfileChange change) {
        PostalAddress before = member.getAddress();
        PostalAddress after = change.address();
        List<String> fields = new ArrayList<>();
        if (!after.getRecipientName().equals(member.getName())) {
            fields.add("name");
        }
        if (!java.util.Objects.equals(change.cleanPhoneNumber(), member.getPhoneNumber())) {
            fields.add("phoneNumber");
        }
        if (before == null
                || !java.util.Objects.equals(before.getPostalCode(), after.getPostalCode())
                || before.getPrefecture() != after.getPrefecture()
                || !java.util.Objects.equals(before.getLine1(), after.getLine1())
                || !java.util.Objects.equals(before.getLine2(), after.getLine2())) {
            fields.add("address");
        }
        return String.join(", ", fields);
    }

    @Override
    public MemberData export(long memberId, String actor) {
        MemberData data = view(memberId);
        accountChanges.fire(new MemberAccountChanged(
                memberId,
                MemberAccountChanged.Change.DATA_EXPORTED,
                actor,
                "devices " + data.devices().size() + ", credentials "
                        + data.credentials().size(),
                Set.of()));
        return data;
    }

    @Override
    public MemberData view(long memberId) {
        Member member = entityManager.find(Member.class, memberId);
        if (member == null) {
            throw new NoSuchMemberException(memberId);
        }
        String buyerId = member.getAmazonBuyerId().orElse(null);
        List<MemberData.DeviceEntry> deviceEntries = memberDevices.devicesOf(memberId, buyerId);
        List<MemberData.Credential> credentials = entityManager
                .createQuery(
                        "SELECT t FROM ApiToken t WHERE t.memberId = :memberId ORDER BY t.createdAt", ApiToken.class)
                .setParameter("memberId", memberId)
                .getResultStream()
                .map(token -> new MemberData.Credential(
                        token.getKind().name(),
                        token.getScope(),
                        token.getCreatedAt(),
                        token.getExpiresAt(),
                        token.getLastUsedAt(),
                        token.getRevokedAt()))
                .toList();
        List<MemberData.ActivityEntry> activity = memberActivity.recent(memberId, RECENT_ACTIVITY);
        return new MemberData(
                clock.instant(),
                new MemberData.Profile(
                        memberId,
                        member.getName(),
                        member.hasEmail() ? member.getEmail() : null,
                        member.isEmailVerified(),
                        member.getEmailVerifiedAt(),
                        member.getPhoneNumber(),
                        member.hasPassword(),
                        member.isDisabled(),
                        member.getCreatedAt(),
                        member.getUpdatedAt()),
                address(member.getAddress()),
                member.getBillingAddress().map(DefaultMemberAccounts::address).orElse(null),
                buyerId == null ? null : new MemberData.AmazonLink(buyerId, member.getAmazonLinkedAt()),
                deviceEntries,
                credentials,
                activity);
    }

    private static MemberData.Address address(PostalAddress address) {
        return address == null
                ? null
                : new MemberData.Address(
                        address.getRecipientName(),
                        address.getPostalCode(),
                        address.getPrefecture() == null
                                ? null
                                : address.getPrefecture().name(),
                        address.getLine1(),
                        address.getLine2(),
                        address.getPhoneNumber());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeviceRelease releaseDevices(long memberId) {
        if (entityManager.find(Member.class, memberId) == null) {
            throw new NoSuchMemberException(memberId);
        }
        return memberDevices.releaseHeld(memberId);
    }

    @Override
    public void erase(long memberId, String actor, Locale locale) {
        Member member = lockedMember(memberId);
        String buyerId = member.getAmazonBuyerId().orElse(null);
        String email = member.getEmail();
        for (MemberDataHolder holder : dataHolders) {
            holder.forget(memberId, email, buyerId);
        }
        entityManager
                .createNamedQuery(EmailVerification.FORGET_MEMBER)
                .setParameter("memberId", memberId)
                .executeUpdate();
        entityManager
                .createQuery("DELETE FROM MemberMailSent m WHERE m.recipientHash = :recipient")
                .setParameter("recipient", Secrets.sha256Hex(email))
                .executeUpdate();
        // The throttle's key: the account as typed, normalized and hashed (SignInThrottle.pairKey), with any address
        entityManager
                .createQuery("DELETE FROM SignInAttempt a WHERE a.pairKey LIKE :account")
                .setParameter("account", Secrets.sha256Hex(email) + "|%")
                .executeUpdate();
        entityManager
                .createQuery("DELETE FROM ApiToken t WHERE t.memberId = :memberId")
                .setParameter("memberId", memberId)
                .executeUpdate();
        accountChanges.fire(new MemberAccountChanged(
                memberId,
                MemberAccountChanged.Change.DELETED,
                actor,
                buyerId == null ? "deleted" : "deleted; the Amazon link was dropped",
                buyerId == null ? Set.of(email) : Set.of(email, buyerId)));
        notify(member, MemberMailRequested.Kind.ACCOUNT_DELETED, locale, "/shop/index.xhtml");
        // The row is gone: every session of the member ends at its next request (MemberSessions finds no generation)
        entityManager.remove(member);
    }

    @Override
    public Member disable(long memberId, String actor) {
        Member member = lockedMember(memberId);
        if (member.isDisabled()) {
            return member;
        }
        member.disable(clock.instant());
        int revoked = apiTokens.revokeEverything(memberId);
        memberSessions.endSessions(memberId);
        accountChanges.fire(new MemberAccountChanged(
                memberId,
                MemberAccountChanged.Change.DISABLED,
                actor,
                "sessions ended, " + revoked + " credentials revoked",
                Set.of()));
        notify(member, MemberMailRequested.Kind.ACCOUNT_DISABLED, Locale.JAPANESE, "/shop/index.xhtml");
        return member;
    }

    @Override
    public Member enable(long memberId, String actor) {
        Member member = lockedMember(memberId);
        if (!member.isDisabled()) {
            return member;
        }
        member.enable(clock.instant());
        accountChanges.fire(
                new MemberAccountChanged(memberId, MemberAccountChanged.Change.ENABLED, actor, null, Set.of()));
        notify(member, MemberMailRequested.Kind.ACCOUNT_ENABLED, Locale.JAPANESE, "/shop/login.xhtml");
        return member;
    }

    private Member lockedMember(long memberId) {
        Member member = entityManager.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null) {
            throw new NoSuchMemberException(memberId);
        }
        return member;
    }

    /** A notice to the member's own address (not one a visitor typed: no mail limit applies), after commit. */
    private void notify(Member member, MemberMailRequested.Kind kind, Locale locale, String page) {
        if (member.hasEmail()) {
            mails.fire(new MemberMailRequested(
                    kind,
                    member.getEmail(),
                    member.getName(),
                    locale == null ? Locale.JAPANESE : locale,
                    mailConfiguration.publicUrl() + page));
        }
    }
}
