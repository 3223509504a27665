package jp.kakehashi.shared.security;

import jakarta.security.enterprise.credential.AbstractClearableCredential;
import jakarta.security.enterprise.credential.Password;
import java.util.Objects;

/**
 * An administrator's user name and password for the Liberty user registry. Its own type, not a
 * {@code UsernamePasswordCredential}, so that a member's store never sees an admin's password and the reverse.
 */
public class AdministratorCredential extends AbstractClearableCredential {

    private final String userName;
    private final Password password;

    public AdministratorCredential(String userName, Password password) {
        this.userName = Objects.requireNonNull(userName, "userName");
        this.password = Objects.requireNonNull(password, "password");
    }

    public String userName() {
        return userName;
    }

    public Password password() {
        return password;
    }

    @Override
    protected void clearCredential() {
        password.clear();
    }
}
