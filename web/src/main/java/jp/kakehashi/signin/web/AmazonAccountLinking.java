package jp.kakehashi.signin.web;

import static jp.kakehashi.shared.web.Pages.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import jp.kakehashi.member.application.AmazonAccountAlreadyLinkedException;
import jp.kakehashi.member.application.MemberAlreadyLinkedException;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.domain.AmazonBuyerProfile;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.security.AmazonBuyerCredential;
import jp.kakehashi.member.security.SignInThrottle;
import jp.kakehashi.member.web.MemberSignIn;
import jp.kakehashi.member.web.PendingAmazonAccount;
import jp.kakehashi.shared.web.Pages;

/**
 * Links the Amazon account just signed in with to an existing shop account. The member's own password is required
 * first, as in Keycloak's first-broker-login flow: an Amazon account with the same email never takes an account over.
 */
@Named
@RequestScoped
public class AmazonAccountLinking {

    @Inject
    private PendingAmazonAccount pendingAccount;

    @Inject
    private MemberService members;

    @Inject
    private MemberSignIn memberSignIn;

    private String email;
    private String password;

    public boolean isPending() {
        return pendingAccount.profile().isPresent();
    }

    /** The name Amazon gave, to greet the shopper with; never more of their data. */
    public String getAmazonName() {
        return pendingAccount.profile().map(AmazonBuyerProfile::name).orElse(null);
    }

    @Inject
    private SignInThrottle throttle;

    public String link() {
        Optional<AmazonBuyerProfile> pending = pendingAccount.profile();
        if (pending.isEmpty()) {
            return SignInPages.REFUSED_EXPIRED;
        }
        String address = Pages.request().getRemoteAddr();
        // Reserved before the password hash, so that guesses sent at once count one each
        if (!throttle.tryAttempt(email, address)) {
            error("login.error.throttled");
            return null;
        }
        Optional<Member> member = members.authenticate(email, password == null ? new char[0] : password.toCharArray());
        if (member.isEmpty()) {
            error("login.error.credentials");
            return null;
        }
        throttle.succeeded(email, address);
        if (!member.get().isEmailVerified()) {
            // The address links only once it is proved: a new link is on its way, within the mail limits of the source
            try {
                members.sendVerificationLink(member.get().getId(), Pages.locale(), address);
                error("login.error.email-unverified");
            } catch (jp.kakehashi.member.application.MailLimitReachedException e) {
                error("login.error.email-unverified-mail-limit");
            }
            return null;
        }
        Member linked;
        try {
            linked = members.linkAmazon(member.get().getId(), pending.get().buyerId());
        } catch (AmazonAccountAlreadyLinkedException e) {
            error("account.error.linked-elsewhere");
            return null;
        } catch (MemberAlreadyLinkedException e) {
            error("account.error.unlink-first");
            return null;
        }
        pendingAccount.clear();
        // The password was checked above: the member now linked signs in with the Amazon account, not by a second hash
        if (!memberSignIn.signIn(new AmazonBuyerCredential(pending.get().buyerId(), linked))) {
            error("login.error.credentials");
            return SignInPages.LOGIN;
        }
        return SignInPages.ACCOUNT_LINKED;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
