package jp.kakehashi.admin.security;

import com.ibm.websphere.security.cred.WSCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import jp.kakehashi.shared.security.AdministratorCredential;

/**
 * Administrators as callers: checked against the Liberty user registry (the basic registry of the default profile,
 * LDAP in production) through Liberty's {@code WSLogin} JAAS entry, and admitted when they belong to the group named by
 * {@code kakehashi.admin.group}. Only {@link AdministratorCredential}s are looked at.
 */
@ApplicationScoped
public class RegistryAdministratorStore implements IdentityStore {

    public static final String ADMIN_ROLE = "admin";
    private static final Logger LOG = Logger.getLogger(RegistryAdministratorStore.class.getName());

    @Inject
    private AdminConfiguration configuration;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof AdministratorCredential administrator)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Subject subject;
        try {
            LoginContext login = new LoginContext("WSLogin", callbacks(administrator));
            login.login();
            subject = login.getSubject();
        } catch (LoginException e) {
            LOG.warning(() ->
                    "Admin sign-in refused for " + administrator.userName().replaceAll("[\\r\\n]", "_"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!inAdminGroup(subject)) {
            LOG.warning(
                    () -> "Admin sign-in refused: " + administrator.userName().replaceAll("[\\r\\n]", "_")
                            + " is not in group " + configuration.adminGroup());
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(administrator.userName(), Set.of(ADMIN_ROLE));
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    private boolean inAdminGroup(Subject subject) {
        for (WSCredential credential : subject.getPublicCredentials(WSCredential.class)) {
            try {
                for (Object groupId : (List<?>) credential.getGroupIds()) {
                    if (AdminGroups.matches(String.valueOf(groupId), configuration.adminGroup())) {
                        return true;
                    }
                }
            } catch (Exception e) {
                LOG.warning(() -> "Could not read the groups of a registry credential: " + e);
            }
        }
        return false;
    }

    private static CallbackHandler callbacks(AdministratorCredential administrator) {
        return callbacks -> {
            for (Callback callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(administrator.userName());
                } else if (callback instanceof PasswordCallback password) {
                    password.setPassword(administrator.password().getValue());
                }
                // Liberty's login modules also offer callbacks for tokens and certificates: left empty.
            }
        };
    }
}
