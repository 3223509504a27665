package jp.kakehashi.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.member.application.MailLimitReachedException;
import jp.kakehashi.member.application.MailLimiter;
import jp.kakehashi.member.application.MemberCredentials;
import jp.kakehashi.shared.web.Pages;

/**
 * The forgotten-password form: whatever the address, the same page follows (a member's gets the link by mail), so
 * that the form tells nobody who is a member.
 */
@Named
@RequestScoped
public class ForgottenPassword {

    @Inject
    private MemberCredentials credentials;

    private String email;

    public String request() {
        try {
            credentials.requestPasswordReset(
                    email, Pages.locale(), Pages.request().getRemoteAddr());
            return "/shop/forgot-password-sent?faces-redirect=true";
        } catch (MailLimitReachedException e) {
            Pages.error(
                    e.limit() == MailLimiter.Limit.SOURCE
                            ? "forgot.error.mail-limit-source"
                            : "forgot.error.mail-limit-overall");
            return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
