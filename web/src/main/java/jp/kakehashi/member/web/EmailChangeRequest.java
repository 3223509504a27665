package jp.kakehashi.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.member.application.CredentialChangeRefusedException;
import jp.kakehashi.member.application.MailLimitReachedException;
import jp.kakehashi.member.application.MailLimiter;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.security.CredentialSelfService;
import jp.kakehashi.shared.web.Pages;

/**
 * The member's change of address: a link goes to the new address, and only its use changes anything. An address that
 * is another member's gets the same answer here (its owner is told by mail).
 */
@Named
@RequestScoped
public class EmailChangeRequest {

    @Inject
    private CurrentMember currentMember;

    @Inject
    private CredentialSelfService selfService;

    private String newEmail;
    private String currentPassword;

    public boolean isCurrentRequired() {
        return currentMember.getMember().hasPassword();
    }

    public String request() {
        Member member = currentMember.member().orElseThrow();
        char[] current = currentPassword == null ? null : currentPassword.toCharArray();
        currentPassword = null;
        try {
            selfService.requestEmailChange(member, newEmail, current, Pages.locale());
            Pages.info("email-change.info.sent");
            return "/member/account?faces-redirect=true";
        } catch (CredentialSelfService.ThrottledException e) {
            Pages.error("login.error.throttled");
        } catch (MailLimitReachedException e) {
            Pages.error(
                    e.limit() == MailLimiter.Limit.SOURCE
                            ? "forgot.error.mail-limit-source"
                            : "forgot.error.mail-limit-overall");
        } catch (CredentialChangeRefusedException e) {
            switch (e.reason()) {
                case WRONG_PASSWORD -> Pages.error("email-change:current", "password.error.wrong-password");
                case SAME_EMAIL -> Pages.error("email-change:email", "email-change.error.same");
                default -> Pages.error("email-change:email", "validation.email");
            }
        }
        return null;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
