package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 29: a database outage of a few seconds under load sends nothing to the dead-letter queue. The consumers'
 * transactions fail, and Liberty's engine, which redelivers at once, would use up each notification's deliveries within
 * milliseconds; instead the consumers wait for the database and every notification is stored exactly once. The outage
 * is the relay to PostgreSQL cut ({@link CrashVictim}): the machine's PostgreSQL, which other tests share, keeps
 * running.
 */
@OnServersOfItsOwn
class SnsDatabaseOutageCrashIT {

    /** The consumers' line when a failure meets a database that does not answer (SnsNotificationConsumer). */
    private static final String WAITING_FOR_THE_DATABASE = "The database does not answer: SNS notification";

    @RegisterExtension
    final CrashVictim victim = new CrashVictim();

    @Test
    void aShortDatabaseOutageUnderLoadDeadLettersNothingAndLosesNothing() throws Exception {
        SnsLoadRig rig = victim.rig();
        Map<String, String> serialByMessageId = new ConcurrentHashMap<>();
        CompletableFuture<Void> publishing = victim.publishAStreamAndAwaitAQuarterAnswered(serialByMessageId);
        int outagesBefore = occurrences(victim.log(), WAITING_FOR_THE_DATABASE);
        victim.relay().cut();
        // The outage lasts until the victim has felt it: readiness down and a consumer waiting for the database
        Await.present(
                () -> victim.readinessStatus() == 503 ? Optional.of(true) : Optional.empty(), Duration.ofSeconds(20));
        Await.present(
                () -> occurrences(victim.log(), WAITING_FOR_THE_DATABASE) > outagesBefore
                        ? Optional.of(true)
                        : Optional.empty(),
                Duration.ofSeconds(20));
        victim.relay().restore();
        publishing.get(60, TimeUnit.SECONDS);

        rig.awaitVictimReady(CrashVictim.RECOVERY_TIMEOUT);
        rig.awaitEveryDelivered(serialByMessageId.keySet());
        rig.awaitEachStoredOnce(serialByMessageId.values(), CrashVictim.RECOVERY_TIMEOUT);
        assertEquals(0, rig.queueDepth("SnsInboundQueue.DLQ"), "nothing dead-lettered by the outage");
    }

    private static int occurrences(String text, String line) {
        int count = 0;
        for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
            count++;
        }
        return count;
    }
}
