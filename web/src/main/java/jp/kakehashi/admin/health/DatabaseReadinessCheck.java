package jp.kakehashi.admin.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: without it no page, notification or token can be served. The answer gives
 * a generic reason; what failed (which may name a host, a user or a driver's message) goes to the server log, once
 * per change, since load balancers ask every few seconds.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "database";
    static final String UNAVAILABLE = "database unavailable: see the server log";
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(DatabaseReadinessCheck.class.getName());
    private final DownLog downLog = new DownLog(LOG);
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/kakehashi")
    private DataSource dataSource;

    public DatabaseReadinessCheck() {}

    DatabaseReadinessCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                downLog.up();
                return up(NAME, "product", connection.getMetaData().getDatabaseProductName());
            }
            downLog.down("Database readiness: a connection of jdbc/kakehashi is not valid");
            return down(NAME, UNAVAILABLE);
        } catch (SQLException | RuntimeException e) {
            downLog.down("Database readiness: jdbc/kakehashi gives no connection: " + reason(e));
            return down(NAME, UNAVAILABLE);
        }
    }

    // Built directly rather than through the builder, which needs the server's provider (and so fails in unit tests).
    static HealthCheckResponse up(String name, String key, String value) {
        return new HealthCheckResponse(name, HealthCheckResponse.Status.UP, Optional.of(Map.of(key, value)));
    }

    static HealthCheckResponse down(String name, String reason) {
        return new HealthCheckResponse(name, HealthCheckResponse.Status.DOWN, Optional.of(Map.of("reason", reason)));
    }

    static String reason(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
