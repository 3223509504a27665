package jp.kakehashi.member.web;

import static jp.kakehashi.shared.web.Pages.request;
import static jp.kakehashi.shared.web.Pages.response;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;

/** Signs a member in on this request through the shop's authentication mechanism (which renews the session id). */
@RequestScoped
public class MemberSignIn {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private jp.kakehashi.member.web.PendingAmazonAccount pendingAmazonAccount;

    public boolean signIn(Credential credential) {
        AuthenticationStatus status = securityContext.authenticate(
                request(),
                response(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        currentMember.refresh();
        if (status == AuthenticationStatus.SUCCESS) {
            // Whoever signs in now owns this session: no Amazon profile from an earlier visitor may linger in it.
            pendingAmazonAccount.clear();
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            FacesContext.getCurrentInstance().responseComplete();
        }
        return status == AuthenticationStatus.SUCCESS;
    }
}
