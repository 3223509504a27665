package jp.kakehashi.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Whether the application's database answers, asked outside any transaction (a failed one must not be the one that
 * asks), for work that would rather wait out a short outage than fail and be retried at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseAvailability {

    private static final int VALIDATION_SECONDS = 2;
    private static final long PAUSE_MILLIS = 500;

    @Resource(lookup = "jdbc/kakehashi")
    private DataSource dataSource;

    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Waits until the database answers again, or the time is up; whether it answers. */
    public boolean awaitAnswer(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!answers()) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
