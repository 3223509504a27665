package jp.kakehashi.member.web;

import static jp.kakehashi.shared.web.Pages.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.util.Map;
import java.util.OptionalLong;
import jp.kakehashi.member.application.MailLimitReachedException;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.security.SignInThrottle;
import jp.kakehashi.member.security.UnverifiedSignIn;
import jp.kakehashi.shared.web.Pages;

/** The shop's own login, by email and password. */
@Named
@RequestScoped
public class MemberLogin {

    @Inject
    private MemberSignIn memberSignIn;

    private String email;
    private String password;
    private String next;
    private String refused;

    /**
     * Why a return from Amazon was refused, as the sign-in names it in the login page's URL (signin's SignInPages),
     * and the message that says so. The reason travels in the URL rather than the Faces flash: the flash cookie's
     * message was now and then missing from the page after the redirect.
     */
    static final Map<String, String> REFUSALS = Map.of(
            "expired",
            "signin.error.state",
            "token",
            "signin.error.token",
            "not-signed-in",
            "signin.error.not-signed-in");

    @Inject
    private SignInThrottle throttle;

    @Inject
    private UnverifiedSignIn unverifiedSignIn;

    @Inject
    private MemberService members;

    public String login() {
        if (throttle.isBlocked(email, Pages.request().getRemoteAddr())) {
            error("login.error.throttled");
            return null;
        }
        if (!memberSignIn.signIn(new UsernamePasswordCredential(email, new Password(password)))) {
            OptionalLong unverified = unverifiedSignIn.memberId();
            if (unverified.isPresent()) {
                try {
                    members.sendVerificationLink(
                            unverified.getAsLong(),
                            Pages.locale(),
                            Pages.request().getRemoteAddr());
                    error("login.error.email-unverified");
                } catch (MailLimitReachedException e) {
                    error("login.error.email-unverified-mail-limit");
                }
            } else {
                error("login.error.credentials");
            }
            return null;
        }
        return safeNext() + "?faces-redirect=true";
    }

    /**
     * Only a member page we know: the parameter comes from the browser, and a navigation outcome built from it could
     * redirect elsewhere or even carry an expression Faces evaluates.
     */
    private static final Map<String, String> NEXT_PAGES = Map.of(
            "/member/index.xhtml", "/member/index",
            "/member/account.xhtml", "/member/account",
            "/member/devices.xhtml", "/member/devices");

    private String safeNext() {
        return next == null ? "/member/index" : NEXT_PAGES.getOrDefault(next, "/member/index");
    }

    /** The login page's view action: says why Amazon's return was refused, when it was. */
    public void showRefusal() {
        if (refused != null && REFUSALS.containsKey(refused)) {
            Pages.error(REFUSALS.get(refused));
        }
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
