package jp.kakehashi.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The admin console's settings ({@code kakehashi.admin.*}). */
@ApplicationScoped
public class AdminConfiguration {

    @Inject
    @ConfigProperty(name = "kakehashi.admin.group")
    String adminGroup;

    /** The registry group whose members may use the admin console. */
    public String adminGroup() {
        return adminGroup;
    }
}
