package jp.kakehashi.member;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jp.kakehashi.member.application.AmazonAccountAlreadyLinkedException;
import jp.kakehashi.member.application.EmailAlreadyRegisteredException;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.application.Registration;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.PostalAddress;
import jp.kakehashi.member.domain.Prefecture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Members in the container: the unique Amazon link under concurrency, passwords hashed with Pbkdf2PasswordHash. */
@ExtendWith(ArquillianExtension.class)
class MemberRegistrationArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "member-registration-it.war")
                .addPackages(false, "jp.kakehashi.member.domain", "jp.kakehashi.member.application")
                .addAsResource("META-INF/persistence.xml");
    }

    @Inject
    private MemberService members;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Test
    void twoConcurrentRegistrationsWithOneBuyerIdCreateOneMember() throws Exception {
        String buyerId = "amzn1.account.IT" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Registration registration = registration("concurrent-" + UUID.randomUUID() + "@example.jp", null, buyerId);
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
    void aPasswordIsStoredHashedAndChecked() {
        String email = "Password-" + UUID.randomUUID() + "@Example.jp";
        Member member = members.register(registration(email, "correct horse battery".toCharArray(), null));

        assertTrue(member.getPasswordHash().startsWith("PBKDF2WithHmacSHA"), member.getPasswordHash());
        assertTrue(members.authenticate(email.toLowerCase(), "correct horse battery".toCharArray()).isPresent());
        assertFalse(members.authenticate(email, "wrong".toCharArray()).isPresent());
        assertFalse(members.authenticate("nobody@example.jp", "correct horse battery".toCharArray()).isPresent());
    }

    @Test
    void aSecondMemberWithTheSameEmailIsRefusedAndNothingIsStored() {
        String email = "twice-" + UUID.randomUUID() + "@example.jp";
        members.register(registration(email, "first password".toCharArray(), null));
        String buyerId = "amzn1.account.IT" + UUID.randomUUID();

        assertThrows(EmailAlreadyRegisteredException.class,
                () -> members.register(registration(email.toUpperCase(), "second password".toCharArray(), buyerId)));
        assertTrue(members.findByAmazonBuyer(buyerId).isEmpty());
    }

    @Test
    void anAmazonAccountLinksToOneMemberOnlyAndUnlinkingNeedsAPassword() {
        String buyerId = "amzn1.account.IT" + UUID.randomUUID();
        Member amazonOnly = members.register(registration("amazon-" + UUID.randomUUID() + "@example.jp", null, buyerId));
        Member other = members.register(registration("other-" + UUID.randomUUID() + "@example.jp", "a good password".toCharArray(), null));

        assertThrows(AmazonAccountAlreadyLinkedException.class, () -> members.linkAmazon(other.getId(), buyerId));
        assertThrows(jp.kakehashi.member.application.PasswordRequiredException.class, () -> members.unlinkAmazon(amazonOnly.getId()));
        assertEquals(buyerId, members.findMember(amazonOnly.getId()).orElseThrow().getAmazonBuyerId().orElseThrow());
    }

    private static Registration registration(String email, char[] password, String buyerId) {
        return new Registration(email, password, "テスト 会員", "0312345678",
                new PostalAddress("テスト 会員", "100-0001", Prefecture.TOKYO, "千代田区千代田1-1", null, "0312345678"),
                null, buyerId);
    }
}
