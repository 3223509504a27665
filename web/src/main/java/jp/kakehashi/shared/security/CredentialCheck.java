package jp.kakehashi.shared.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.IOException;
import java.util.function.Function;

/**
 * A credential checked against the identity stores (members, the Liberty registry for admins), for the handlers that
 * take one (a login page's, the Amazon return's, HTTP Basic's): a password is tried only within the throttle.
 */
@Dependent
class CredentialCheck {

    private final PasswordThrottle throttle;
    private final IdentityStoreHandler identityStores;

    @Inject
    CredentialCheck(PasswordThrottle throttle, IdentityStoreHandler identityStores) {
        this.throttle = throttle;
        this.identityStores = identityStores;
    }

    /**
     * What {@code signIn} makes of a valid credential, or the refusal: 401 (with a Basic challenge on the API) for
     * a credential no store accepts, and for too many failed passwords 429 with Retry-After on the API.
     */
    AuthenticationStatus check(
            CallerRequest request,
            Credential credential,
            Function<CredentialValidationResult, AuthenticationStatus> signIn) {
        String guessed = passwordAccount(credential);
        String address = request.request().getRemoteAddr();
        // Reserved before the password hash, so that guesses sent at once count one each
        if (guessed != null && !throttle.tryAttempt(guessed, address)) {
            return tooManyFailures(request);
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (request.isApi()) {
                request.response().setHeader("WWW-Authenticate", BasicAccess.CHALLENGE);
            }
            return request.context().responseUnauthorized();
        }
        if (guessed != null) {
            throttle.succeeded(guessed, address);
        }
        return signIn.apply(result);
    }

    /** The account a password is tried for (admins apart from members), or null for credentials without one. */
    static String passwordAccount(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return password.getCaller();
        }
        if (credential instanceof AdministratorCredential administrator) {
            return "admin:" + administrator.userName();
        }
        return null;
    }

    private AuthenticationStatus tooManyFailures(CallerRequest request) {
        if (!request.isApi()) {
            return request.context().responseUnauthorized();
        }
        try {
            request.response()
                    .setHeader(
                            "Retry-After", Long.toString(throttle.retryAfter().toSeconds()));
            request.response()
                    .sendError(429, "Too many failed sign-ins for this account or from this address; try again later");
        } catch (IOException e) {
            return request.context().responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
