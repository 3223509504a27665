package jp.kakehashi.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kakehashi.member.application.LinkOutcome;
import jp.kakehashi.member.application.MemberCredentials;
import jp.kakehashi.shared.web.Pages;

/**
 * The page the link mailed to a new address opens: its button makes the address the member's, so that a mail scanner
 * opening the link changes nothing. Any browser may press it: holding the mail is the proof.
 */
@Named
@ViewScoped
public class EmailChangeLink implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberCredentials credentials;

    @Inject
    private CurrentMember currentMember;

    private String token;
    private LinkOutcome outcome;

    public void check() {
        if (outcome == null) {
            outcome = token == null || token.isBlank() ? LinkOutcome.INVALID : credentials.checkEmailChange(token);
        }
    }

    public void confirm() {
        outcome = credentials.confirmEmailChange(token, Pages.locale());
        currentMember.refresh();
    }

    public String getOutcome() {
        return outcome == null ? null : outcome.name();
    }

    public boolean isUsable() {
        return outcome == LinkOutcome.USABLE;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
