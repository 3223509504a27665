package jp.kakehashi.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the database schema to the version this build expects, once, as the application starts: the versioned
 * scripts in {@code db/migration} are applied by Flyway, then Hibernate checks that every mapped entity matches the
 * tables. A schema that does not match stops the application rather than corrupting data later.
 * <p>
 * Bean-managed transactions: Flyway commits each script itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/kakehashi")
    private DataSource dataSource;

    @PersistenceUnit(unitName = "kakehashi")
    private EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void migrateAndValidate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loaders do not list folders: Flyway finds db/migration and db/callback (which it
                // always probes) by the empty marker file flyway.location in each
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");

        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
