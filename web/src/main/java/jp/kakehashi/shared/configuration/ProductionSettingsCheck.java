package jp.kakehashi.shared.configuration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks at start every setting the production profile needs (ProductionSettingsRules) and, once the database
 * answers, that PostgreSQL allows the prepared transactions of XA. Each problem is logged once, on one line naming
 * the setting and the fix, never its value; ConfigurationReadinessCheck keeps the server from reporting ready while
 * any remains. Only where a profile asks for it ({@code kakehashi.settings-check=production}, which
 * profiles/production.xml sets): the demo's settings are the sandbox's.
 */
@ApplicationScoped
public class ProductionSettingsCheck {

    static final String PRODUCTION = "production";
    private static final Logger LOG = Logger.getLogger(ProductionSettingsCheck.class.getName());

    @Inject
    @ConfigProperty(name = "kakehashi.settings-check")
    String settingsCheck;

    @Inject
    Config config;

    @Resource(lookup = "jdbc/kakehashi")
    DataSource dataSource;

    private volatile List<SettingProblem> settingProblems;
    /** Empty until the database has answered the question once. */
    private volatile Optional<Optional<SettingProblem>> preparedTransactionsProblem = Optional.empty();

    /** At the application's start, so that the log names every problem before anyone asks for readiness. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        problems();
    }

    /** Every problem found so far; empty when production's settings are complete (or no check is asked for). */
    public List<SettingProblem> problems() {
        if (!PRODUCTION.equalsIgnoreCase(settingsCheck.strip())) {
            return List.of();
        }
        List<SettingProblem> settings = settingProblems;
        if (settings == null) {
            synchronized (this) {
                if (settingProblems == null) {
                    settingProblems = ProductionSettingsRules.check(key -> config.getOptionalValue(key, String.class));
                    settingProblems.forEach(problem -> LOG.severe(problem.logLine()));
                    if (!settingProblems.isEmpty()) {
                        LOG.severe(
                                "Kakehashi will not report ready until the " + settingProblems.size()
                                        + " production setting problem(s) above are fixed (docs/configuration.md, What production checks at start)");
                    }
                }
                settings = settingProblems;
            }
        }
        List<SettingProblem> all = new ArrayList<>(settings);
        preparedTransactions().ifPresent(all::add);
        return all;
    }

    private Optional<SettingProblem> preparedTransactions() {
        if (preparedTransactionsProblem.isEmpty()) {
            synchronized (this) {
                if (preparedTransactionsProblem.isEmpty()) {
                    readMaxPreparedTransactions().ifPresent(max -> {
                        Optional<SettingProblem> problem = ProductionSettingsRules.preparedTransactions(max);
                        problem.ifPresent(p -> LOG.severe(p.logLine()));
                        preparedTransactionsProblem = Optional.of(problem);
                    });
                }
            }
        }
        return preparedTransactionsProblem.flatMap(problem -> problem);
    }

    /** PostgreSQL's max_prepared_transactions; empty while the database does not answer (its own check says so). */
    private Optional<Integer> readMaxPreparedTransactions() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql")) {
                return Optional.of(Integer.MAX_VALUE);
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SHOW max_prepared_transactions")) {
                row.next();
                return Optional.of(Integer.parseInt(row.getString(1).strip()));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "max_prepared_transactions not read yet", e);
            return Optional.empty();
        }
    }
}
