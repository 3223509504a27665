package jp.kakehashi.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import static jp.kakehashi.shared.web.Pages.error;

/** The shop's own login, by email and password. */
@Named
@RequestScoped
public class MemberLogin {

    @Inject
    private MemberSignIn memberSignIn;

    private String email;
    private String password;
    private String next;

    public String login() {
        if (!memberSignIn.signIn(new UsernamePasswordCredential(email, new Password(password)))) {
            error("login.error.credentials");
            return null;
        }
        return safeNext() + "?faces-redirect=true";
    }

    /** Only a page of this shop: an open redirect would let a link log a member in somewhere else. */
    private String safeNext() {
        if (next != null && next.startsWith("/member/") && !next.contains("//") && !next.contains("\\") && next.endsWith(".xhtml")) {
            return next.substring(0, next.length() - ".xhtml".length());
        }
        return "/member/index";
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
