package jp.kakehashi.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The administrator on this request: their registry name goes into the audit trail. */
@Named
@RequestScoped
public class Administrator {

    @Inject
    private SecurityContext securityContext;

    public String getName() {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null || !securityContext.isCallerInRole("admin")) {
            throw new IllegalStateException("No administrator is signed in");
        }
        return caller.getName();
    }
}
