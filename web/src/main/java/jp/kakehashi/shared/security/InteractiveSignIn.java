package jp.kakehashi.shared.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.shared.activity.ActivityLog;

/**
 * A login page or the Amazon return signing someone in (the credential they hand to
 * {@code SecurityContext.authenticate}): remembered in the session under a new id, so that a session id planted
 * before the sign-in is worthless.
 */
@Dependent
class InteractiveSignIn implements CallerHandler {

    private final CredentialCheck check;
    private final SessionGenerations generations;
    private final ActivityLog activityLog;

    @Inject
    InteractiveSignIn(CredentialCheck check, SessionGenerations generations, ActivityLog activityLog) {
        this.check = check;
        this.generations = generations;
        this.activityLog = activityLog;
    }

    @Override
    public boolean appliesTo(CallerRequest request) {
        return request.isInteractive();
    }

    @Override
    public AuthenticationStatus validate(CallerRequest request) {
        return check.check(request, request.credential(), valid -> signIn(request, valid));
    }

    private AuthenticationStatus signIn(CallerRequest caller, CredentialValidationResult result) {
        HttpServletRequest request = caller.request();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String name = result.getCallerPrincipal().getName();
        boolean administrator = caller.credential() instanceof AdministratorCredential;
        int generation = administrator
                ? SignedInCaller.NO_GENERATION
                : generations.generationOf(name).orElse(SignedInCaller.NO_GENERATION);
        request.getSession(true)
                .setAttribute(
                        ShopAuthenticationMechanism.SIGNED_IN,
                        new SignedInCaller(name, result.getCallerGroups(), generation));
        if (!administrator) {
            activityLog.record(Activity.SIGN_IN);
        }
        return caller.context().notifyContainerAboutLogin(result);
    }
}
