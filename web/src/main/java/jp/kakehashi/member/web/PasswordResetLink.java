package jp.kakehashi.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kakehashi.member.application.CredentialChangeRefusedException;
import jp.kakehashi.member.application.LinkOutcome;
import jp.kakehashi.member.application.MemberCredentials;
import jp.kakehashi.shared.web.Pages;

/**
 * The page a password link opens. Opening it only checks the link (mail scanners open links); the new password's
 * form, posted, spends it.
 */
@Named
@ViewScoped
public class PasswordResetLink implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberCredentials credentials;

    private String token;
    private transient String newPassword;
    private LinkOutcome outcome;

    /** The view action: whether the link still works. */
    public void check() {
        if (outcome == null) {
            outcome = token == null || token.isBlank() ? LinkOutcome.INVALID : credentials.checkPasswordReset(token);
        }
    }

    public void reset() {
        char[] password = newPassword == null ? new char[0] : newPassword.toCharArray();
        newPassword = null;
        try {
            outcome = credentials.resetPassword(token, password, Pages.locale());
        } catch (CredentialChangeRefusedException e) {
            Pages.error("reset:password", "validation.password");
        }
    }

    public boolean isUsable() {
        return outcome == LinkOutcome.USABLE;
    }

    public boolean isDone() {
        return outcome == LinkOutcome.DONE;
    }

    public boolean isUsed() {
        return outcome == LinkOutcome.USED;
    }

    public boolean isExpired() {
        return outcome == LinkOutcome.EXPIRED;
    }

    public boolean isInvalid() {
        return outcome == LinkOutcome.INVALID;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
