package jp.kakehashi.member.web;

import static jp.kakehashi.shared.web.Pages.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jp.kakehashi.member.application.ApiTokens;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.application.PasswordRequiredException;

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
            return pageWith("unlinked");
        } catch (PasswordRequiredException e) {
            return pageWith("password-required");
        }
    }

    /**
     * The account page with the result of what the member did, shown by the page's view action: the result travels in
     * the URL, because a message in the Faces flash was now and then lost after Amazon's cross-site return.
     */
    public static String pageWith(String result) {
        return "/member/account?faces-redirect=true&result=" + result;
    }

    private static final java.util.Map<String, String> INFO = java.util.Map.of(
            "linked",
            "account.info.linked",
            "unlinked",
            "account.info.unlinked",
            "profile-saved",
            "account.info.profile-saved");
    private static final java.util.Map<String, String> ERRORS = java.util.Map.of(
            "linked-elsewhere",
            "account.error.linked-elsewhere",
            "unlink-first",
            "account.error.unlink-first",
            "password-required",
            "account.error.password-required");

    private String result;

    /** Whether the page says something for this result (the sign-in with Amazon names some: signin's SignInPages). */
    static boolean showsResult(String result) {
        return INFO.containsKey(result) || ERRORS.containsKey(result);
    }

    /** The page's view action: the result named in the URL, when it is one we know. */
    public void showResult() {
        if (result == null) {
            return;
        }
        if (INFO.containsKey(result)) {
            jp.kakehashi.shared.web.Pages.info(INFO.get(result));
        } else if (ERRORS.containsKey(result)) {
            jp.kakehashi.shared.web.Pages.error(ERRORS.get(result));
        }
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    @Inject
    private ApiTokens apiTokens;

    /** Every sign-in of the app and every device credential revoked, then this browser signed out too. */
    public String signOutEverywhere() throws ServletException {
        currentMember.member().ifPresent(member -> apiTokens.revokeEverything(member.getId()));
        return signOut();
    }

    public String signOut() throws ServletException {
        request().logout();
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        // Amazon Pay's own session ends on the page that follows (amazon.Pay.signout()), for shared computers
        return "/shop/index?faces-redirect=true&signedOut=true";
    }
}
