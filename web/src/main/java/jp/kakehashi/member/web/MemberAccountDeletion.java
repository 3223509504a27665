package jp.kakehashi.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.security.AccountClosing;
import jp.kakehashi.member.security.DeletionConfirmation;
import jp.kakehashi.shared.web.Pages;

/**
 * The member deletes their account (delete-account page): confirmed with their password, or, without one (Amazon
 * only), by having signed in a moment ago ({@link DeletionConfirmation}); {@link AccountClosing} does it, and the
 * shop's home page says so.
 */
@Named
@RequestScoped
public class MemberAccountDeletion {

    @Inject
    private CurrentMember currentMember;

    @Inject
    private DeletionConfirmation confirmation;

    @Inject
    private AccountClosing accountClosing;

    private String password;
    private boolean understood;

    public boolean isPasswordRequired() {
        return currentMember.member().map(DeletionConfirmation::byPassword).orElse(true);
    }

    public boolean isSignInAgainRequired() {
        return currentMember.member().map(confirmation::mustSignInAgain).orElse(false);
    }

    public String delete() {
        Member member = currentMember.member().orElseThrow();
        char[] typed = password == null ? null : password.toCharArray();
        password = null;
        if (!understood) {
            Pages.error("delete:understood", "delete.error.understood");
            return null;
        }
        switch (confirmation.confirm(member, typed)) {
            case CONFIRMED -> {
                // deleted below
            }
            case WRONG_PASSWORD -> {
                Pages.error("delete:password", "delete.error.password");
                return null;
            }
            case TOO_MANY_ATTEMPTS -> {
                Pages.error("delete.error.too-many");
                return null;
            }
            case SIGN_IN_AGAIN -> {
                Pages.error("delete.error.sign-in-again");
                return null;
            }
        }
        AccountClosing.Result result = accountClosing.closeOwn(member.getId(), Pages.locale());
        return switch (result.outcome()) {
            case DELETED, NO_SUCH_MEMBER -> "/shop/index?faces-redirect=true&signedOut=true&deleted=true";
            case AMAZON_UNAVAILABLE -> {
                Pages.errorWithDetail(
                        "delete.error.amazon-unavailable", result.modelId() + " " + result.serialNumber());
                yield null;
            }
            case DEVICE_STILL_REGISTERED -> {
                Pages.errorWithDetail(
                        "delete.error.device-still-registered", result.modelId() + " " + result.serialNumber());
                yield "/shop/login?faces-redirect=true";
            }
        };
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
