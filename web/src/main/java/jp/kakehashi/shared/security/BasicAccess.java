package jp.kakehashi.shared.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic on the APIs (HTTPS only in production): under /api/admin/ it names an administrator of the Liberty
 * registry, elsewhere a member. Checked on every call, within the password throttle; nothing is kept in a session.
 */
@Dependent
class BasicAccess implements CallerHandler {

    static final String CHALLENGE = "Basic realm=\"Kakehashi\", charset=\"UTF-8\"";

    private final CredentialCheck check;

    @Inject
    BasicAccess(CredentialCheck check) {
        this.check = check;
    }

    @Override
    public boolean appliesTo(CallerRequest request) {
        return request.isApi() && credentialOf(request) != null;
    }

    @Override
    public AuthenticationStatus validate(CallerRequest request) {
        return check.check(request, credentialOf(request), request.context()::notifyContainerAboutLogin);
    }

    private static Credential credentialOf(CallerRequest request) {
        return credentialOf(request.authorization(), request.isAdminApi());
    }

    /** The credential of a Basic header, an administrator's or a member's; null without a usable header. */
    static Credential credentialOf(String authorization, boolean admin) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            Password password = new Password(decoded.substring(colon + 1));
            return admin
                    ? new AdministratorCredential(decoded.substring(0, colon), password)
                    : new UsernamePasswordCredential(decoded.substring(0, colon), password);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
