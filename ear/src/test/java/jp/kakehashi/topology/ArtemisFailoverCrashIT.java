package jp.kakehashi.topology;

import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.json.JsonObject;
import jp.kakehashi.testsupport.ArtemisBroker;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.LibertyServers;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster-artemis topology on this machine: an ActiveMQ Artemis primary/backup pair with replication, each broker
 * in a JVM of its own, and two application servers on PostgreSQL reaching it through Artemis's resource adapter.
 * Signed SNS notifications are spread over both servers; the primary broker is killed with SIGKILL in the middle.
 * The backup takes over; every notification answered 200 (and every one SNS would retry after a failed answer) is
 * stored exactly once, and nothing reaches the dead-letter queue.
 */
class ArtemisFailoverCrashIT {

    private static final int NOTIFICATIONS = 60;
    private static final String APP1 = "artemis-app1";
    private static final String APP2 = "artemis-app2";
    private static final String APP1_URL = "http://localhost:9191";
    private static final String APP2_URL = "http://localhost:9192";
    private static final int PRIMARY_PORT = 61716;
    private static final int BACKUP_PORT = 61717;
    private static final String APP_USER = "kakehashi-app";

    private final LibertyServers servers = new LibertyServers();
    private final ScaleOutRig rig = new ScaleOutRig("kakehashi_artemis_" + System.currentTimeMillis());
    private final String appPassword = UUID.randomUUID().toString();
    private final String clusterPassword = UUID.randomUUID().toString();
    private final String keystorePassword = "artemis-tls-" + UUID.randomUUID();
    private Path keystore;
    private ArtemisBroker primary;
    private ArtemisBroker backup;
    private Path brokerData;

    @BeforeEach
    void startTheTopology() throws SQLException {
        Assumptions.assumeTrue(ScaleOutRig.postgresAnswers(), "PostgreSQL at 127.0.0.1:5432");
        Assumptions.assumeTrue(ScaleOutRig.preparedTransactionsAllowed(),
                "PostgreSQL must allow prepared transactions for XA: ALTER SYSTEM SET max_prepared_transactions = 64, then restart it (.ci/run does)");
        rig.createDatabases();
        Path work = servers.serverDir(APP1).getParent();
        brokerData = work.resolve("artemis-data-" + UUID.randomUUID());
        keystore = work.resolve("artemis-tls.p12");
        jp.kakehashi.testsupport.Certificates.selfSigned(keystore, keystorePassword);

        primary = ArtemisBroker.start(brokerConfig("broker-primary.xml"), brokerSettings("primary", PRIMARY_PORT, BACKUP_PORT),
                work.resolve("artemis-primary.log"));
        primary.await(ArtemisBroker.ACTIVE, Duration.ofMinutes(1));
        backup = ArtemisBroker.start(brokerConfig("broker-backup.xml"), brokerSettings("backup", BACKUP_PORT, PRIMARY_PORT),
                work.resolve("artemis-backup.log"));
        backup.await(ArtemisBroker.REPLICATING, Duration.ofMinutes(1));

        Path ltpaKeys = work.resolve(APP1 + "-shared-ltpa.keys");
        servers.createApplicationServer(APP1, appVariables(APP1, 9191, 9556, ltpaKeys));
        servers.createApplicationServer(APP2, appVariables(APP2, 9192, 9557, ltpaKeys));
        servers.start(APP1);
        rig.awaitReady(APP1_URL);
        servers.start(APP2);
        rig.awaitReady(APP2_URL);
    }

    @AfterEach
    void stopTheTopology() throws Exception {
        servers.stop(APP2);
        servers.stop(APP1);
        if (backup != null) {
            backup.close();
        }
        if (primary != null) {
            primary.close();
        }
        rig.dropDatabases();
        if (brokerData != null) {
            try (var files = java.nio.file.Files.walk(brokerData)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void killingThePrimaryBrokerLosesNoAcceptedNotification() throws Exception {
        List<String> signed = rig.signedNotifications(APP2_URL, NOTIFICATIONS);
        Map<String, String> accepted = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        long killedAt = 0;
        long backupActiveAfter = -1;
        long firstAcceptedAfterKill = -1;
        for (int i = 0; i < signed.size(); i++) {
            if (i == signed.size() / 2) {
                primary.kill();
                killedAt = System.nanoTime();
            }
            if (killedAt != 0 && backupActiveAfter < 0 && backup.printed(ArtemisBroker.ACTIVE)) {
                backupActiveAfter = (System.nanoTime() - killedAt) / 1_000_000;
            }
            String notification = signed.get(i);
            if (rig.post(i % 2 == 0 ? APP1_URL : APP2_URL, notification)) {
                accept(accepted, notification);
                if (killedAt != 0 && firstAcceptedAfterKill < 0) {
                    firstAcceptedAfterKill = (System.nanoTime() - killedAt) / 1_000_000;
                }
            } else {
                refused.add(notification);
            }
        }
        final long killed = killedAt;
        backup.await(ArtemisBroker.ACTIVE, Duration.ofMinutes(1));
        if (backupActiveAfter < 0) {
            backupActiveAfter = (System.nanoTime() - killed) / 1_000_000;
        }
        // SNS retries what was not answered 200; so does the test, until each is accepted
        for (String notification : refused) {
            Await.until(() -> rig.post(APP1_URL, notification), ok -> ok, Duration.ofMinutes(2), Duration.ofMillis(500),
                    ok -> "not accepted after the failover: " + notification);
            accept(accepted, notification);
        }
        System.out.printf("ArtemisFailoverCrashIT: backup active %d ms after SIGKILL (polled every 100 ms or per post); "
                        + "first 200 after it at %d ms; %d of %d answered other than 200 before the retries%n",
                backupActiveAfter, firstAcceptedAfterKill, refused.size(), signed.size());

        assertEquals(NOTIFICATIONS, accepted.size());
        rig.awaitProcessedOnce(accepted, Duration.ofMinutes(2));
        assertEquals(List.of(), deadLetters(), "nothing dead-lettered");
        assertTrue(backupActiveAfter < 60_000, "backup active after " + backupActiveAfter + " ms");
    }

    private static void accept(Map<String, String> accepted, String notification) {
        JsonObject message = ScaleOutRig.json(notification);
        accepted.put(message.getString("MessageId"), ScaleOutRig.serialOf(message));
    }

    /** The dead-letter queue, browsed at the broker that is active now. */
    private List<String> deadLetters() throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://localhost:" + BACKUP_PORT, APP_USER, appPassword);
             JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue("SnsInboundQueue.DLQ");
            List<String> ids = new ArrayList<>();
            try (QueueBrowser browser = context.createBrowser(queue)) {
                for (Object message : Collections.list(browser.getEnumeration())) {
                    ids.add(((jakarta.jms.Message) message).getJMSMessageID());
                }
            }
            return ids;
        }
    }

    private static Path brokerConfig(String file) {
        return Path.of(System.getProperty("kakehashi.config.dir")).resolve("artemis").resolve(file);
    }

    private Map<String, String> brokerSettings(String name, int port, int peerPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("artemis.name", "kakehashi-" + name);
        settings.put("artemis.data", brokerData.resolve(name).toString());
        settings.put("artemis.host", "localhost");
        settings.put("artemis.port", Integer.toString(port));
        settings.put("artemis.peer-host", "localhost");
        settings.put("artemis.peer-port", Integer.toString(peerPort));
        settings.put("artemis.cluster-password", clusterPassword);
        settings.put("artemis.app-user", APP_USER);
        settings.put("artemis.app-password", appPassword);
        return settings;
    }

    private Map<String, String> appVariables(String server, int httpPort, int httpsPort, Path ltpaKeys) {
        Map<String, String> variables = rig.appVariables(server, httpPort, httpsPort, ltpaKeys, keystore, keystorePassword);
        variables.put("kakehashi.topology", "cluster-artemis");
        variables.put("kakehashi.artemis.connection-parameters",
                "host=localhost;port=" + PRIMARY_PORT + ",host=localhost;port=" + BACKUP_PORT);
        variables.put("kakehashi.artemis.user", APP_USER);
        variables.put("kakehashi.artemis.password", appPassword);
        return variables;
    }
}
