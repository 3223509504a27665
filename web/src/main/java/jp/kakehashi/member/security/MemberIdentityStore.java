package jp.kakehashi.member.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.domain.Member;

/**
 * Members as callers: by a verified email and its password, or by a linked Amazon account (the member its sign-in
 * found, {@link AmazonBuyerCredential}). The caller name is the member id.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    public static final String MEMBER_GROUP = "member";

    @Inject
    private MemberService members;

    @Inject
    private UnverifiedSignIn unverifiedSignIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<Member> member;
        if (credential instanceof UsernamePasswordCredential password) {
            member = members.authenticate(
                    password.getCaller(), password.getPassword().getValue());
            // A typed address signs in by password only once its link was opened
            if (member.isPresent() && !member.get().isEmailVerified()) {
                unverifiedSignIn.record(member.get().getId());
                return CredentialValidationResult.INVALID_RESULT;
            }
        } else if (credential instanceof AmazonBuyerCredential amazon) {
            // Found by the buyerId just before (AmazonSignIn, the registration): not looked up again
            member = Optional.of(amazon.member()).filter(found -> amazon.isLinked());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // A disabled member signs in nowhere (an admin disabled it: MemberAccounts#disable)
        return member.filter(found -> !found.isDisabled())
                .map(found -> new CredentialValidationResult(String.valueOf(found.getId()), Set.of(MEMBER_GROUP)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
