package jp.kakehashi.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.application.PasswordRequiredException;

import static jp.kakehashi.shared.web.Pages.error;
import static jp.kakehashi.shared.web.Pages.info;
import static jp.kakehashi.shared.web.Pages.request;

/** The member's account page: the Amazon link, and signing out. */
@Named
@RequestScoped
public class MemberAccount {

    @Inject
    private CurrentMember currentMember;

    @Inject
    private MemberService members;

    public String unlinkAmazon() {
        long id = currentMember.member().orElseThrow().getId();
        try {
            members.unlinkAmazon(id);
            info("account.info.unlinked");
        } catch (PasswordRequiredException e) {
            error("account.error.password-required");
        }
        return "/member/account?faces-redirect=true";
    }

    public String signOut() throws ServletException {
        request().logout();
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        // Amazon Pay's own session ends on the page that follows (amazon.Pay.signout()), for shared computers
        return "/shop/index?faces-redirect=true&signedOut=true";
    }
}
