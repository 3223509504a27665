package jp.kakehashi.member.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Instant;
import java.util.Set;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.domain.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** A sign-in with Amazon takes the member its one lookup found, and only one linked to that buyerId and not disabled. */
@ExtendWith(MockitoExtension.class)
class MemberIdentityStoreTest {

    @Mock
    private MemberService members;

    @Mock
    private UnverifiedSignIn unverifiedSignIn;

    @InjectMocks
    private MemberIdentityStore store;

    private static Member member(long id, String buyerId) throws ReflectiveOperationException {
        Member member = new Member("hanako@example.jp", "Hanako", null, null, null, Instant.EPOCH);
        var idField = Member.class.getDeclaredField("id");
        idField.setAccessible(true);
        idField.set(member, id);
        if (buyerId != null) {
            member.linkAmazon(buyerId, Instant.EPOCH);
        }
        return member;
    }

    @Test
    void theMemberFoundSignsInWithoutASecondLookup() throws Exception {
        CredentialValidationResult result =
                store.validate(new AmazonBuyerCredential("amzn1.buyer", member(7, "amzn1.buyer")));

        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals("7", result.getCallerPrincipal().getName());
        assertEquals(Set.of(MemberIdentityStore.MEMBER_GROUP), result.getCallerGroups());
        verifyNoInteractions(members);
    }

    @Test
    void aMemberLinkedToAnotherBuyerOrToNoneSignsNobodyIn() throws Exception {
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                store.validate(new AmazonBuyerCredential("amzn1.buyer", member(7, "amzn1.other")))
                        .getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                store.validate(new AmazonBuyerCredential("amzn1.buyer", member(7, null)))
                        .getStatus());
        verifyNoInteractions(members);
    }

    @Test
    void aDisabledMemberSignsInNowhere() throws Exception {
        Member disabled = member(7, "amzn1.buyer");
        disabled.disable(Instant.EPOCH);

        assertEquals(
                CredentialValidationResult.Status.INVALID,
                store.validate(new AmazonBuyerCredential("amzn1.buyer", disabled))
                        .getStatus());
    }
}
