package jp.kakehashi.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jp.kakehashi.member.application.AmazonAccountAlreadyLinkedException;
import jp.kakehashi.member.application.EmailAlreadyRegisteredException;
import jp.kakehashi.member.application.EmailConfirmation;
import jp.kakehashi.member.application.MemberMailRequested;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.application.PasswordRequiredException;
import jp.kakehashi.member.application.Registration;
import jp.kakehashi.member.application.RegistrationResult;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.PostalAddress;
import jp.kakehashi.member.domain.Prefecture;
import jp.kakehashi.member.fixture.MailCapture;
import jp.kakehashi.member.fixture.MemberFeatureAlone;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Members in the container: the unique Amazon link under concurrency, passwords hashed with Pbkdf2PasswordHash, and
 * typed addresses proved by a one-time link (the mails are captured in place of the mailer).
 */
@ExtendWith(ArquillianExtension.class)
class MemberRegistrationArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return TestArchives.war("member-registration-it.war")
                .addPackages(
                        false,
                        "jp.kakehashi.member.domain",
                        "jp.kakehashi.member.application",
                        "jp.kakehashi.shared.activity")
                .addClasses(MailCapture.class, MemberFeatureAlone.class, jp.kakehashi.shared.crypto.Secrets.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties");
    }

    @Inject
    private MemberService members;

    @Inject
    private MailCapture mails;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource(lookup = "jdbc/kakehashi")
    private DataSource dataSource;

    @Test
    void twoConcurrentRegistrationsWithOneBuyerIdCreateOneMember() throws Exception {
        String buyerId = "amzn1.account.IT" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Registration registration = byAmazon("concurrent-" + UUID.randomUUID() + "@example.jp", null, buyerId);
            outcomes.add(executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    members.register(registration);
                    return "registered";
                } catch (AmazonAccountAlreadyLinkedException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();

        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }

        assertEquals(1, results.stream().filter("registered"::equals).count(), results.toString());
        assertEquals(1, results.stream().filter("refused"::equals).count(), results.toString());
        assertTrue(members.findByAmazonBuyer(buyerId).isPresent());
    }

    @Test
    void aTypedAddressIsMailedALinkAndSignsInOnlyOnceTheLinkIsOpened() {
        String email = "Password-" + UUID.randomUUID() + "@Example.jp";
        RegistrationResult result = members.register(byHand(email, "correct horse battery".toCharArray()));

        assertTrue(result.isCheckYourMail() && result.member().isEmpty(), "nobody signs in before the link is opened");
        Member unverified = members.authenticate(email.toLowerCase(), "correct horse battery".toCharArray())
                .orElseThrow();
        assertFalse(unverified.isEmailVerified());
        assertTrue(unverified.getPasswordHash().startsWith("PBKDF2WithHmacSHA"), unverified.getPasswordHash());
        assertFalse(members.authenticate(email, "wrong".toCharArray()).isPresent());
        assertFalse(members.authenticate("nobody@example.jp", "correct horse battery".toCharArray())
                .isPresent());

        String token = mails.latestToken(email.toLowerCase());
        assertEquals(EmailConfirmation.INVALID, members.confirmEmail(token + "x"));
        assertEquals(EmailConfirmation.CONFIRMED, members.confirmEmail(token));
        assertTrue(members.findByEmail(email).orElseThrow().isEmailVerified());
        assertEquals(EmailConfirmation.INVALID, members.confirmEmail(token), "a link works once");
    }

    @Test
    void aMembersAddressRegisteredAgainChangesNothingAndOnlyMailsTheMemberANotice() {
        String email = "twice-" + UUID.randomUUID() + "@example.jp";
        Member first = members.register(
                        byAmazon(email, "first password".toCharArray(), "amzn1.account.IT" + UUID.randomUUID()))
                .member()
                .orElseThrow();
        String buyerId = "amzn1.account.IT" + UUID.randomUUID();

        RegistrationResult again = members.register(new Registration(
                email.toUpperCase(),
                "second password".toCharArray(),
                "別人",
                null,
                address(),
                null,
                buyerId,
                "another-" + UUID.randomUUID() + "@example.jp",
                Locale.ENGLISH));

        assertTrue(again.isCheckYourMail(), "the same answer as for a free address");
        assertTrue(members.findByAmazonBuyer(buyerId).isEmpty());
        assertEquals(
                first.getId(),
                members.authenticate(email, "first password".toCharArray())
                        .orElseThrow()
                        .getId());
        assertFalse(members.authenticate(email, "second password".toCharArray()).isPresent());
        List<MemberMailRequested> sent = mails.to(email);
        assertEquals(
                List.of(MemberMailRequested.Kind.ALREADY_REGISTERED),
                sent.stream().map(MemberMailRequested::kind).toList());
        assertEquals(Locale.ENGLISH, sent.get(0).locale());
    }

    @Test
    void theAddressAmazonGaveIsSaidToBeTakenOnlyToItsOwner() {
        String email = "amazon-taken-" + UUID.randomUUID() + "@example.jp";
        members.register(byAmazon(email, null, "amzn1.account.IT" + UUID.randomUUID()));
        String buyerId = "amzn1.account.IT" + UUID.randomUUID();

        assertThrows(EmailAlreadyRegisteredException.class, () -> members.register(byAmazon(email, null, buyerId)));
        assertTrue(members.findByAmazonBuyer(buyerId).isEmpty());
    }

    @Test
    void anUnclaimedRegistrationIsReplacedByTheNextAndOnlyTheNewestLinkWorks() {
        String email = "squat-" + UUID.randomUUID() + "@example.jp";
        members.register(byHand(email, "the squatter's password".toCharArray()));
        String squattersToken = mails.latestToken(email);
        members.register(byHand(email, "the owner's password".toCharArray()));
        String ownersToken = mails.latestToken(email);

        assertEquals(EmailConfirmation.INVALID, members.confirmEmail(squattersToken));
        assertEquals(EmailConfirmation.CONFIRMED, members.confirmEmail(ownersToken));
        assertTrue(members.authenticate(email, "the owner's password".toCharArray())
                .isPresent());
        assertFalse(members.authenticate(email, "the squatter's password".toCharArray())
                .isPresent());
    }

    @Test
    void anAddressChangedAtAmazonRegistrationIsUnconfirmedAndItsOwnerCanStillRegisterIt() {
        String typed = "changed-" + UUID.randomUUID() + "@example.jp";
        String buyerId = "amzn1.account.IT" + UUID.randomUUID();
        RegistrationResult withAmazon = members.register(byAmazonWithAnotherAddress(
                typed, "amazon-" + UUID.randomUUID() + "@example.jp", "the typist's password".toCharArray(), buyerId));

        Member typist = withAmazon.member().orElseThrow();
        assertTrue(withAmazon.isLinkMailed(), "signed in with Amazon, the typed address still to be confirmed");
        assertFalse(members.findByEmail(typed).orElseThrow().isEmailVerified(), "no password sign-in before the link");
        String typistsToken = mails.latestToken(typed);

        assertTrue(members.register(byHand(typed, "the owner's password".toCharArray()))
                .isCheckYourMail());
        assertEquals(
                List.of(MemberMailRequested.Kind.VERIFY_ADDRESS, MemberMailRequested.Kind.VERIFY_ADDRESS),
                mails.to(typed).stream().map(MemberMailRequested::kind).toList(),
                "the owner is sent a link, not a notice");
        String ownersToken = mails.latestToken(typed);

        assertEquals(EmailConfirmation.INVALID, members.confirmEmail(typistsToken));
        assertEquals(EmailConfirmation.CONFIRMED, members.confirmEmail(ownersToken));
        Member owner = members.findByEmail(typed).orElseThrow();
        assertTrue(owner.isEmailVerified());
        assertFalse(owner.getId().equals(typist.getId()));
        assertEquals(
                owner.getId(),
                members.authenticate(typed, "the owner's password".toCharArray())
                        .orElseThrow()
                        .getId());
        assertFalse(members.authenticate(typed, "the typist's password".toCharArray())
                .isPresent());

        Member keptForAmazon = members.findByAmazonBuyer(buyerId).orElseThrow();
        assertEquals(typist.getId(), keptForAmazon.getId(), "the Amazon member stays and signs in with Amazon");
        assertFalse(keptForAmazon.hasEmail());
        assertFalse(keptForAmazon.isEmailVerified());
        members.sendVerificationLink(keptForAmazon.getId(), Locale.JAPANESE);
        assertTrue(mails.to(keptForAmazon.getEmail()).isEmpty(), "nothing is mailed to a released address");
        assertTrue(members.register(byHand(keptForAmazon.getEmail(), "a password".toCharArray()))
                .isCheckYourMail());
        assertEquals(
                keptForAmazon.getId(),
                members.findByEmail(keptForAmazon.getEmail()).orElseThrow().getId(),
                "nobody registers the stand-in address");
    }

    @Test
    void anAddressChangedAtAmazonRegistrationIsProvedByItsLinkAndThenHeldLikeAnyOther() {
        String typed = "changed-own-" + UUID.randomUUID() + "@example.jp";
        String buyerId = "amzn1.account.IT" + UUID.randomUUID();
        members.register(byAmazonWithAnotherAddress(
                typed, "amazon-" + UUID.randomUUID() + "@example.jp", "the owner's password".toCharArray(), buyerId));

        assertEquals(EmailConfirmation.CONFIRMED, members.confirmEmail(mails.latestToken(typed)));
        assertTrue(members.register(byHand(typed, "somebody else's password".toCharArray()))
                .isCheckYourMail());

        Member member = members.findByAmazonBuyer(buyerId).orElseThrow();
        assertTrue(member.isEmailVerified() && member.hasEmail());
        assertEquals(typed, member.getEmail());
        assertEquals(
                MemberMailRequested.Kind.ALREADY_REGISTERED,
                mails.to(typed).get(mails.to(typed).size() - 1).kind(),
                "a proved address is only sent a notice");
    }

    @Test
    void anAddressKeptFromAmazonIsProvedAtOnceAndNoLinkIsMailed() {
        String email = "kept-" + UUID.randomUUID() + "@example.jp";
        RegistrationResult result = members.register(
                byAmazon(email, "a good password".toCharArray(), "amzn1.account.IT" + UUID.randomUUID()));

        assertFalse(result.isLinkMailed());
        assertTrue(result.member().orElseThrow().isEmailVerified());
        assertTrue(mails.to(email).isEmpty());
    }

    @Test
    void anExpiredLinkConfirmsNothingAndSigningInSendsANewOne() throws Exception {
        String email = "expired-" + UUID.randomUUID() + "@example.jp";
        members.register(byHand(email, "a good password".toCharArray()));
        String token = mails.latestToken(email);
        expire(token);

        assertEquals(EmailConfirmation.EXPIRED, members.confirmEmail(token));
        Member member = members.findByEmail(email).orElseThrow();
        assertFalse(member.isEmailVerified());

        members.sendVerificationLink(member.getId(), Locale.JAPANESE);
        assertEquals(EmailConfirmation.CONFIRMED, members.confirmEmail(mails.latestToken(email)));
    }

    @Test
    void mailsToOneAddressAreCappedWhateverIsTyped() {
        String email = "flood-" + UUID.randomUUID() + "@example.jp";
        for (int i = 0; i < 6; i++) {
            assertTrue(members.register(byHand(email, ("password number " + i).toCharArray()))
                    .isCheckYourMail());
        }
        assertEquals(3, mails.to(email).size(), "member.mail.max-per-address within member.mail.window");
    }

    @Test
    void anAmazonAccountLinksToOneMemberOnlyAndUnlinkingNeedsAPassword() {
        String buyerId = "amzn1.account.IT" + UUID.randomUUID();
        Member amazonOnly = members.register(byAmazon("amazon-" + UUID.randomUUID() + "@example.jp", null, buyerId))
                .member()
                .orElseThrow();
        String otherEmail = "other-" + UUID.randomUUID() + "@example.jp";
        members.register(byHand(otherEmail, "a good password".toCharArray()));
        Member other = members.findByEmail(otherEmail).orElseThrow();

        assertThrows(AmazonAccountAlreadyLinkedException.class, () -> members.linkAmazon(other.getId(), buyerId));
        assertThrows(PasswordRequiredException.class, () -> members.unlinkAmazon(amazonOnly.getId()));
        assertEquals(
                buyerId,
                members.findMember(amazonOnly.getId())
                        .orElseThrow()
                        .getAmazonBuyerId()
                        .orElseThrow());
    }

    private void expire(String token) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE email_verification SET expires_at = ? WHERE token_hash = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
            update.setString(
                    2,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.UTF_8))));
            assertEquals(1, update.executeUpdate());
        }
    }

    private static Registration byHand(String email, char[] password) {
        return new Registration(email, password, "テスト 会員", "0312345678", address(), null, null, null, Locale.JAPANESE);
    }

    /** A registration with Amazon that kept the address Amazon gave: proved by Amazon. */
    private static Registration byAmazon(String email, char[] password, String buyerId) {
        return new Registration(
                email, password, "テスト 会員", "0312345678", address(), null, buyerId, email, Locale.JAPANESE);
    }

    /** A registration with Amazon whose form had the address changed from the one Amazon gave. */
    private static Registration byAmazonWithAnotherAddress(
            String typed, String givenByAmazon, char[] password, String buyerId) {
        return new Registration(
                typed, password, "テスト 会員", "0312345678", address(), null, buyerId, givenByAmazon, Locale.JAPANESE);
    }

    private static PostalAddress address() {
        return new PostalAddress("テスト 会員", "100-0001", Prefecture.TOKYO, "千代田区千代田1-1", null, "0312345678");
    }
}
