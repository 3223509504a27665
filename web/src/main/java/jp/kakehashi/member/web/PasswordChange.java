package jp.kakehashi.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.member.application.CredentialChangeRefusedException;
import jp.kakehashi.member.application.MailLimitReachedException;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.security.CredentialSelfService;
import jp.kakehashi.shared.web.Pages;

/**
 * The member's password page: a change with the current password; for a member without one (signed up with Amazon)
 * a first password, at once when their address is proved, otherwise by the link mailed to it (the reset link: it
 * proves the address and sets the password).
 */
@Named
@RequestScoped
public class PasswordChange {

    @Inject
    private CurrentMember currentMember;

    @Inject
    private CredentialSelfService selfService;

    private String currentPassword;
    private String newPassword;

    /** A form with a new password (and the current one when the member has one); otherwise the mailed link. */
    public boolean isFormShown() {
        Member member = currentMember.getMember();
        return member.hasPassword() || (member.isEmailVerified() && member.hasEmail());
    }

    public boolean isCurrentRequired() {
        return currentMember.getMember().hasPassword();
    }

    /** A member without a password and without an address to mail: Amazon is their only way in. */
    public boolean isLinkImpossible() {
        return !isFormShown() && !currentMember.getMember().hasEmail();
    }

    public String change() {
        Member member = currentMember.member().orElseThrow();
        boolean first = !member.hasPassword();
        char[] current = currentPassword == null ? null : currentPassword.toCharArray();
        char[] next = newPassword == null ? new char[0] : newPassword.toCharArray();
        currentPassword = null;
        newPassword = null;
        try {
            selfService.changePassword(member, current, next, Pages.locale());
            Pages.info(first ? "password.info.set" : "password.info.changed");
            return "/member/account?faces-redirect=true";
        } catch (CredentialSelfService.ThrottledException e) {
            Pages.error("login.error.throttled");
        } catch (CredentialChangeRefusedException e) {
            switch (e.reason()) {
                case WRONG_PASSWORD -> Pages.error("password:current", "password.error.wrong-password");
                case PASSWORD_RULES -> Pages.error("password:new", "validation.password");
                default -> Pages.error("password.error.proof-required");
            }
        }
        return null;
    }

    public String mailLink() {
        try {
            selfService.mailPasswordLink(currentMember.member().orElseThrow(), Pages.locale());
            Pages.info("password.info.link-sent");
            return "/member/password?faces-redirect=true";
        } catch (MailLimitReachedException e) {
            Pages.error("forgot.error.mail-limit-source");
            return null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
