package jp.kakehashi.shared.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Never ready while a setting production needs is missing, a placeholder or malformed: a load balancer sends no
 * shopper to a server whose login page would fail. The answer says only where to look: the log names each setting,
 * the health endpoint never shows a value, a host name or an exception.
 */
@Readiness
@ApplicationScoped
public class ConfigurationReadinessCheck implements HealthCheck {

    static final String NAME = "configuration";
    static final String INCOMPLETE = "configuration incomplete: see the server log";

    @Inject
    ProductionSettingsCheck settings;

    public ConfigurationReadinessCheck() {}

    ConfigurationReadinessCheck(ProductionSettingsCheck settings) {
        this.settings = settings;
    }

    @Override
    public HealthCheckResponse call() {
        boolean complete = settings.problems().isEmpty();
        // Built directly rather than through the builder, which needs the server's provider (and so fails in unit
        // tests)
        return new HealthCheckResponse(
                NAME,
                complete ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                complete ? Optional.empty() : Optional.of(Map.of("reason", INCOMPLETE)));
    }
}
