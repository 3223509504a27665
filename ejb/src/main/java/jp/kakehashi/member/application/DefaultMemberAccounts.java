package jp.kakehashi.member.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.admin.application.AuditTrail;
import jp.kakehashi.drs.application.DeviceRecords;
import jp.kakehashi.drs.application.DeviceSetup;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.member.domain.ApiToken;
import jp.kakehashi.member.domain.EmailVerification;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.MemberAccountChanged;
import jp.kakehashi.member.domain.PostalAddress;
import jp.kakehashi.member.domain.ProfileChange;
import jp.kakehashi.shared.crypto.Secrets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@Stateless
public class DefaultMemberAccounts implements MemberAccounts {

    /** How many audit lines the download and the admin's member page show. */
    static final int RECENT_ACTIVITY = 50;
    /** Written in place of a deleted member's Amazon buyerId in device events and SNS receptions. */
    static final String FORGOTTEN_CUSTOMER = "deleted-member";

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private DeviceRecords deviceRecords;

    @Inject
    private DeviceSetup deviceSetup;

    @Inject
    private AuditTrail auditTrail;

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
        accountChanges.fire(new MemberAccountChanged(memberId, MemberAccountChanged.Change.PROFILE_CHANGED, actor,
                changed.isEmpty() ? "nothing changed" : "changed: " + changed, Set.of()));
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
        if (before == null || !java.util.Objects.equals(before.getPostalCode(), after.getPostalCode())
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
        accountChanges.fire(new MemberAccountChanged(memberId, MemberAccountChanged.Change.DATA_EXPORTED, actor,
                "devices " + data.devices().size() + ", credentials " + data.credentials().size(), Set.of()));
        return data;
    }

    @Override
    public MemberData view(long memberId) {
        Member member = entityManager.find(Member.class, memberId);
        if (member == null) {
            throw new NoSuchMemberException(memberId);
        }
        String buyerId = member.getAmazonBuyerId().orElse(null);
        List<Device> devices = deviceRecords.devicesOf(memberId, buyerId);
        Map<Long, DeviceTokens> tokens = deviceRecords.tokensOf(devices.stream().map(Device::getId).toList());
        List<MemberData.DeviceEntry> deviceEntries = devices.stream().map(device -> new MemberData.DeviceEntry(
                device.getModelId(), device.getSerialNumber(), device.getStatus().name(), device.isOwnedBy(memberId),
                device.getRegisteredAt(), tokens.containsKey(device.getId()))).toList();
        List<MemberData.Credential> credentials = entityManager.createQuery(
                        "SELECT t FROM ApiToken t WHERE t.memberId = :memberId ORDER BY t.createdAt", ApiToken.class)
                .setParameter("memberId", memberId).getResultStream()
                .map(token -> new MemberData.Credential(token.getKind().name(), token.getScope(), token.getCreatedAt(),
                        token.getExpiresAt(), token.getLastUsedAt(), token.getRevokedAt())).toList();
        List<MemberData.ActivityEntry> activity = auditTrail.concerningMember(memberId, RECENT_ACTIVITY).stream()
                .map(entry -> new MemberData.ActivityEntry(entry.getOccurredAt(), entry.getActor(), entry.getAction(),
                        entry.getTarget(), entry.getDetail())).toList();
        return new MemberData(clock.instant(), new MemberData.Profile(memberId, member.getName(),
                member.hasEmail() ? member.getEmail() : null, member.isEmailVerified(), member.getEmailVerifiedAt(),
                member.getPhoneNumber(), member.hasPassword(), member.isDisabled(), member.getCreatedAt(), member.getUpdatedAt()),
                address(member.getAddress()), member.getBillingAddress().map(DefaultMemberAccounts::address).orElse(null),
                buyerId == null ? null : new MemberData.AmazonLink(buyerId, member.getAmazonLinkedAt()),
                deviceEntries, credentials, activity);
    }

    private static MemberData.Address address(PostalAddress address) {
        return address == null ? null : new MemberData.Address(address.getRecipientName(), address.getPostalCode(),
                address.getPrefecture() == null ? null : address.getPrefecture().name(), address.getLine1(),
                address.getLine2(), address.getPhoneNumber());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeviceRelease releaseDevices(long memberId) {
        Member member = entityManager.find(Member.class, memberId);
        if (member == null) {
            throw new NoSuchMemberException(memberId);
        }
        int released = 0;
        for (Device device : deviceRecords.devicesOf(memberId, member.getAmazonBuyerId().orElse(null))) {
            if (!device.isOwnedBy(memberId)) {
                continue;
            }
            switch (deviceSetup.remove(memberId, device.getModelId(), device.getSerialNumber())) {
                case REMOVED -> released++;
                case NOT_HELD -> {
                    // Changed hands meanwhile (Amazon registered it to another customer): not the member's any more
                }
                case AMAZON_UNAVAILABLE -> {
                    return DeviceRelease.amazonUnavailable(device.getModelId(), device.getSerialNumber(), released);
                }
            }
        }
        return DeviceRelease.done(released);
    }

    @Override
    public void erase(long memberId, String actor, Locale locale) {
        Member member = lockedMember(memberId);
        Instant now = clock.instant();
        String buyerId = member.getAmazonBuyerId().orElse(null);
        for (Device device : entityManager.createQuery("SELECT d FROM Device d WHERE d.memberId = :memberId", Device.class)
                .setParameter("memberId", memberId).getResultList()) {
            // Set up after releaseDevices ran: only one without tokens has nothing to deregister at Amazon
            if (entityManager.find(DeviceTokens.class, device.getId()) != null) {
                throw new DeviceStillRegisteredException(device.getModelId(), device.getSerialNumber());
            }
            device.release(now);
        }
        if (buyerId != null) {
            forgetCustomer(buyerId, now);
        }
        String email = member.getEmail();
        entityManager.createNamedQuery(EmailVerification.FORGET_MEMBER).setParameter("memberId", memberId).executeUpdate();
        entityManager.createQuery("DELETE FROM MemberMailSent m WHERE m.recipientHash = :recipient")
                .setParameter("recipient", Secrets.sha256Hex(email)).executeUpdate();
        // The throttle's key: the account as typed, normalized and hashed (SignInThrottle.pairKey), with any address
        entityManager.createQuery("DELETE FROM SignInAttempt a WHERE a.pairKey LIKE :account")
                .setParameter("account", Secrets.sha256Hex(email) + "|%").executeUpdate();
        entityManager.createQuery("DELETE FROM ApiToken t WHERE t.memberId = :memberId").setParameter("memberId", memberId)
                .executeUpdate();
        entityManager.createQuery("DELETE FROM DeviceSetupAttempt a WHERE a.memberId = :memberId")
                .setParameter("memberId", memberId).executeUpdate();
        Set<String> identifiers = new HashSet<>();
        identifiers.add(email);
        if (buyerId != null) {
            identifiers.add(buyerId);
        }
        accountChanges.fire(new MemberAccountChanged(memberId, MemberAccountChanged.Change.DELETED, actor,
                buyerId == null ? "deleted" : "deleted; the Amazon link was dropped", Set.copyOf(identifiers)));
        notify(member, MemberMailRequested.Kind.ACCOUNT_DELETED, locale, "/shop/index.xhtml");
        // The row is gone: every session of the member ends at its next request (MemberSessions finds no generation)
        entityManager.remove(member);
    }

    /** The buyerId leaves what Amazon told us about the member's devices; the devices and their history stay the shop's. */
    private void forgetCustomer(String buyerId, Instant now) {
        entityManager.createQuery("UPDATE Device d SET d.directedCustomerId = NULL, d.updatedAt = :now, "
                        + "d.version = d.version + 1 WHERE d.directedCustomerId = :buyerId")
                .setParameter("now", now).setParameter("buyerId", buyerId).executeUpdate();
        entityManager.createQuery("UPDATE DeviceEvent e SET e.payload = REPLACE(e.payload, :buyerId, :forgotten) "
                        + "WHERE LOCATE(:buyerId, e.payload) > 0")
                .setParameter("buyerId", buyerId).setParameter("forgotten", FORGOTTEN_CUSTOMER).executeUpdate();
        entityManager.createQuery("UPDATE SnsNotification n SET n.body = REPLACE(n.body, :buyerId, :forgotten) "
                        + "WHERE LOCATE(:buyerId, n.body) > 0")
                .setParameter("buyerId", buyerId).setParameter("forgotten", FORGOTTEN_CUSTOMER).executeUpdate();
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
        accountChanges.fire(new MemberAccountChanged(memberId, MemberAccountChanged.Change.DISABLED, actor,
                "sessions ended, " + revoked + " credentials revoked", Set.of()));
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
        accountChanges.fire(new MemberAccountChanged(memberId, MemberAccountChanged.Change.ENABLED, actor, null, Set.of()));
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
            mails.fire(new MemberMailRequested(kind, member.getEmail(), member.getName(),
                    locale == null ? Locale.JAPANESE : locale, mailConfiguration.publicUrl() + page));
        }
    }
}
