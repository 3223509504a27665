package jp.kakehashi.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import jp.kakehashi.member.security.SignInThrottle;
import jp.kakehashi.shared.security.AdministratorCredential;
import jp.kakehashi.shared.web.Pages;

/** The admin console's sign-in, against the Liberty registry, and its sign-out. */
@Named
@RequestScoped
public class AdminLogin {

    /** Only admin pages we know: the parameter comes from the browser (see MemberLogin). */
    private static final Map<String, String> NEXT_PAGES = Map.of(
            "/admin/index.xhtml", "/admin/index",
            "/admin/queues.xhtml", "/admin/queues",
            "/admin/sns.xhtml", "/admin/sns",
            "/admin/devices.xhtml", "/admin/devices",
            "/admin/models.xhtml", "/admin/models",
            "/admin/members.xhtml", "/admin/members",
            "/admin/audit.xhtml", "/admin/audit");

    @Inject
    private SecurityContext securityContext;

    private String userName;
    private String password;
    private String next;

    @Inject
    private SignInThrottle throttle;

    public String login() {
        if (throttle.isBlocked("admin:" + userName, Pages.request().getRemoteAddr())) {
            Pages.error("login.error.throttled");
            return null;
        }
        AuthenticationStatus status = securityContext.authenticate(
                Pages.request(),
                (HttpServletResponse)
                        FacesContext.getCurrentInstance().getExternalContext().getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new AdministratorCredential(userName, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            FacesContext.getCurrentInstance().responseComplete();
            return null;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            Pages.error("admin.login.error");
            return null;
        }
        return (next == null ? "/admin/index" : NEXT_PAGES.getOrDefault(next, "/admin/index")) + "?faces-redirect=true";
    }

    public String signOut() throws ServletException {
        Pages.request().logout();
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return "/admin/login?faces-redirect=true";
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
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
