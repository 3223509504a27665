package jp.kakehashi.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL the tests that need one use: 127.0.0.1, port kakehashi.test.postgres.port (5432), user postgres with
 * trust authentication, database test (.ci/run provides it where none answers).
 */
public final class LocalPostgres {

    public static final int PORT = Integer.getInteger("kakehashi.test.postgres.port", 5432);
    /** The JDBC URL without the database's name. */
    public static final String URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/";

    private LocalPostgres() {}

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(URL + database, "postgres", "");
    }

    public static boolean answers() {
        try (Connection ignored = connect("test")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** XA (a JMS message and a database row in one transaction) needs max_prepared_transactions above 0. */
    public static boolean preparedTransactionsAllowed() throws SQLException {
        try (Connection connection = connect("test");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW max_prepared_transactions")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    /** Why a test that needs XA on PostgreSQL cannot run here, for its failure (never a skip). */
    public static final String PREPARED_TRANSACTIONS_NEEDED =
            "PostgreSQL must allow prepared transactions for XA: ALTER SYSTEM SET max_prepared_transactions = 64, "
                    + "then restart it (.ci/run does)";
}
