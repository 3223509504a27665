package jp.kakehashi.admin.retention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.kakehashi.admin.application.DataRetention;
import jp.kakehashi.admin.application.RetentionBatches;
import jp.kakehashi.admin.application.RetentionConfiguration;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention in the container, on the application's database: a run deletes what is past its retention and keeps the
 * rest (an SNS notification of yesterday, an audit entry of last month), a batch per transaction.
 */
@ExtendWith(ArquillianExtension.class)
class DataRetentionArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return TestArchives.war("data-retention-it.war")
                .addPackages(false, "jp.kakehashi.sns.domain", "jp.kakehashi.drs.domain", "jp.kakehashi.admin.domain")
                .addClasses(
                        DataRetention.class,
                        RetentionBatches.class,
                        RetentionConfiguration.class,
                        RetentionFixture.class,
                        jp.kakehashi.sns.application.SnsRetention.class,
                        jp.kakehashi.drs.application.DrsRetention.class,
                        jp.kakehashi.shared.persistence.OldestRows.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties");
    }

    @Inject
    private DataRetention retention;

    @Inject
    private RetentionFixture fixture;

    @Test
    void aRunDeletesWhatIsPastItsRetentionAndKeepsTheRest() {
        Instant now = Instant.now();
        String old = "retention-old-" + UUID.randomUUID();
        String recent = "retention-recent-" + UUID.randomUUID();
        fixture.snsNotification(old, now.minus(Duration.ofDays(8)));
        fixture.snsNotification(recent, now.minus(Duration.ofDays(1)));
        long oldAudit = fixture.auditEntry("retention-it", now.minus(Duration.ofDays(401)));
        long recentAudit = fixture.auditEntry("retention-it", now.minus(Duration.ofDays(30)));

        DataRetention.Pruned pruned = retention.prune(now);

        assertNotNull(pruned);
        assertTrue(pruned.snsNotifications() >= 1 && pruned.auditEntries() >= 1, pruned.toString());
        assertFalse(fixture.snsNotificationKept(old), "past retention.sns-notifications (P7D)");
        assertTrue(fixture.snsNotificationKept(recent));
        assertFalse(fixture.auditEntryKept(oldAudit), "past retention.audit (P400D)");
        assertTrue(fixture.auditEntryKept(recentAudit));
    }
}
