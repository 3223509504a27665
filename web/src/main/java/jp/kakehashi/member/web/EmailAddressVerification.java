package jp.kakehashi.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kakehashi.member.application.EmailConfirmation;
import jp.kakehashi.member.application.MemberService;

/**
 * The page a verification link opens. The address is confirmed by the page's button, not by opening the link: mail
 * scanners that open links to check them must not confirm anything.
 */
@Named
@ViewScoped
public class EmailAddressVerification implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberService members;

    private String token;
    private EmailConfirmation result;

    public void confirm() {
        result = members.confirmEmail(token);
    }

    public boolean isConfirmed() {
        return result == EmailConfirmation.CONFIRMED;
    }

    public boolean isExpired() {
        return result == EmailConfirmation.EXPIRED;
    }

    /** An unknown, used or replaced link, or a page opened without one. */
    public boolean isInvalid() {
        return result == EmailConfirmation.INVALID || (result == null && (token == null || token.isBlank()));
    }

    public boolean isAwaitingConfirmation() {
        return result == null && !isInvalid();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
