package jp.kakehashi.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The versioned scripts apply cleanly, on the embedded H2 and on PostgreSQL, and a second run changes nothing. */
class MigrationScriptsTest {

    @Test
    void scriptsApplyToAnEmptyH2DatabaseAndSeedTheTestModel() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load();

        MigrateResult first = flyway.migrate();
        MigrateResult second = flyway.migrate();

        assertTrue(first.migrationsExecuted > 0);
        assertEquals(0, second.migrationsExecuted);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(
                    1,
                    count(connection, "SELECT COUNT(*) FROM device_model WHERE model_id = 'TEST_MODEL_DRS_PREREG_01'"));
        }
    }

    @Test
    void scriptsApplyToPostgreSql() throws SQLException {
        String url = System.getProperty("kakehashi.test.postgresql.url", "");
        // Production's database: a run without one fails with the reason instead of passing for a whole suite
        // (.ci/run installs and starts one where none answers)
        assertTrue(!url.isBlank(), "kakehashi.test.postgresql.url is not set");
        assertTrue(
                reachable(url),
                "no PostgreSQL answers at " + url
                        + ": start one (README, Test it) or set kakehashi.test.postgresql.url");
        String schema = "migration_test_" + UUID.randomUUID().toString().replace("-", "");
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(url, null, null)
                    .schemas(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration")
                    .load();

            assertTrue(flyway.migrate().migrationsExecuted > 0);
            try (Connection connection = DriverManager.getConnection(url)) {
                assertEquals(
                        2,
                        count(
                                connection,
                                "SELECT COUNT(*) FROM " + schema
                                        + ".device_model WHERE model_id IN ('TEST_MODEL_DRS_PREREG_01', 'KAKEHASHI_COFFEE_01')"));
            }
        } finally {
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static boolean reachable(String url) {
        try (Connection ignored = DriverManager.getConnection(url)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
