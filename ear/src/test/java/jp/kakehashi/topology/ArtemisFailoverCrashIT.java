package jp.kakehashi.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jp.kakehashi.testsupport.ArtemisBroker;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Certificates;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The cluster-artemis topology on this machine: an ActiveMQ Artemis primary/backup pair with replication, each broker
 * in a JVM of its own, and two application servers on PostgreSQL reaching it through Artemis's resource adapter.
 * Signed SNS notifications are spread over both servers; the first half waits on the primary with the consumers
 * paused, then the primary broker is killed with SIGKILL and the second half follows. The backup takes over; every
 * notification answered 200 (and every one SNS would retry after a failed answer) is stored exactly once, nothing is
 * left on the queue and nothing reaches the dead-letter queue. The brokers speak TLS only (clients and replication,
 * with key and trust stores keytool makes for the run), and the application's user may use its two queues only.
 */
@OnServersOfItsOwn
// Early in the side lane, for the same reason as ScaleOutCrashIT: two application servers start together
@Order(0)
class ArtemisFailoverCrashIT {

    private static final int NOTIFICATIONS = 60;
    private static final String APP1 = "artemis-app1";
    private static final String APP2 = "artemis-app2";
    // Outside the 9080-9380 and 9443-9743 ranges the other builds' test servers take on this machine
    private static final String APP1_URL = "http://localhost:9491";
    private static final String APP2_URL = "http://localhost:9492";
    private static final int PRIMARY_PORT = 61716;
    private static final int BACKUP_PORT = 61717;
    private static final String APP_USER = "kakehashi-app";
    /** The SNS consumer's message endpoint, application#module#bean. */
    private static final String CONSUMER = "kakehashi#kakehashi-ejb.jar#SnsNotificationConsumer";

    private final LibertyServers servers = new LibertyServers();
    private final ScaleOutRig rig = new ScaleOutRig("kakehashi_artemis_" + System.currentTimeMillis());
    private final String appPassword = UUID.randomUUID().toString();
    private final String clusterPassword = UUID.randomUUID().toString();
    private final String keystorePassword = "artemis-tls-" + UUID.randomUUID();
    private Path keystore;
    private Path truststore;
    private final String truststorePassword = "artemis-trust-" + UUID.randomUUID();
    private ArtemisBroker primary;
    private ArtemisBroker backup;
    private Path brokerData;

    @BeforeEach
    void startTheTopology() throws SQLException {
        rig.createDatabases();
        Path work = servers.serverDir(APP1).getParent();
        brokerData = work.resolve("artemis-data-" + UUID.randomUUID());
        keystore = work.resolve("artemis-tls.p12");
        Certificates.selfSigned(keystore, keystorePassword);
        // The brokers' TLS (clients and replication) with the same key; the trust store holds its certificate only
        truststore = work.resolve("artemis-trust.p12");
        Certificates.trustStoreFor(keystore, keystorePassword, truststore, truststorePassword);

        primary = ArtemisBroker.start(
                brokerConfig("broker-primary.xml"),
                brokerSettings("primary", PRIMARY_PORT, BACKUP_PORT),
                work.resolve("artemis-primary.log"));
        primary.await(ArtemisBroker.ACTIVE, Duration.ofMinutes(1));
        backup = ArtemisBroker.start(
                brokerConfig("broker-backup.xml"),
                brokerSettings("backup", BACKUP_PORT, PRIMARY_PORT),
                work.resolve("artemis-backup.log"));

        // The application servers start while the backup catches up with the primary: they connect to the primary
        Path ltpaKeys = work.resolve(APP1 + "-shared-ltpa.keys");
        servers.createApplicationServer(APP1, appVariables(APP1, 9491, 9856, ltpaKeys));
        servers.createApplicationServer(APP2, appVariables(APP2, 9492, 9857, ltpaKeys));
        rig.startSharingLtpaKeys(servers, ltpaKeys, APP1, APP1_URL, APP2, APP2_URL);
        backup.await(ArtemisBroker.REPLICATING, Duration.ofMinutes(1));
    }

    @AfterEach
    void stopTheTopology() throws Exception {
        try {
            servers.stopTogether(APP2, APP1);
        } finally {
            try {
                closeBrokers();
            } finally {
                rig.dropDatabases();
                deleteBrokerData();
            }
        }
    }

    private void closeBrokers() throws Exception {
        try {
            if (backup != null) {
                backup.close();
            }
        } finally {
            if (primary != null) {
                primary.close();
            }
        }
    }

    private void deleteBrokerData() throws IOException {
        if (brokerData != null && Files.exists(brokerData)) {
            try (Stream<Path> files = Files.walk(brokerData)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void killingThePrimaryBrokerLosesNoAcceptedNotification() throws Exception {
        assertTheBrokerTakesOnlyTlsAndTheApplicationOnlyItsQueues(PRIMARY_PORT);
        List<String> signed = rig.signedNotifications(APP2_URL, NOTIFICATIONS);
        Map<String, String> accepted = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        // The first half waits on the primary unconsumed: after the kill, only the backup's replica can deliver it
        servers.pauseTogether(CONSUMER, APP1, APP2);
        for (int i = 0; i < signed.size() / 2; i++) {
            post(i, signed.get(i), accepted, refused);
        }
        assertTrue(accepted.size() > signed.size() / 4, "accepted before the kill: " + accepted.size());
        assertEquals(0, rig.storedNotifications(accepted.keySet()), "stored while the consumers were paused");

        Instant killedAt = Instant.now();
        primary.kill();
        servers.resumeTogether(CONSUMER, APP1, APP2);
        Instant resumed = Instant.now();
        Instant firstAcceptedAfterKill = null;
        for (int i = signed.size() / 2; i < signed.size(); i++) {
            if (post(i, signed.get(i), accepted, refused) && firstAcceptedAfterKill == null) {
                firstAcceptedAfterKill = Instant.now();
            }
        }
        Instant backupActive = backup.await(ArtemisBroker.ACTIVE, Duration.ofMinutes(1));
        // SNS retries what was not answered 200; so does the test, until each is accepted
        int refusedAtFirst = refused.size();
        for (String notification : refused) {
            Await.until(
                    () -> rig.post(APP1_URL, notification),
                    ok -> ok,
                    Duration.ofMinutes(2),
                    Duration.ofMillis(500),
                    ok -> "not accepted after the failover: " + notification);
            accept(accepted, notification);
        }
        System.out.printf(
                "ArtemisFailoverCrashIT: backup active %d ms after the SIGKILL (the broker's own clock); consumers resumed "
                        + "at %d ms, the first post after them answered 200 at %s ms; %d of %d answered other than 200 before the retries%n",
                Duration.between(killedAt, backupActive).toMillis(),
                Duration.between(killedAt, resumed).toMillis(),
                firstAcceptedAfterKill == null
                        ? "none"
                        : Long.toString(Duration.between(killedAt, firstAcceptedAfterKill)
                                .toMillis()),
                refusedAtFirst,
                signed.size());

        assertEquals(
                NOTIFICATIONS,
                accepted.size(),
                "every notification accepted, the refused ones when SNS would retry them");
        rig.awaitProcessedOnce(accepted, Duration.ofMinutes(2));
        Await.until(
                () -> browse("SnsInboundQueue"),
                List::isEmpty,
                Duration.ofSeconds(30),
                Duration.ofMillis(500),
                left -> "left on the inbound queue: " + left);
        assertEquals(List.of(), browse("SnsInboundQueue.DLQ"), "nothing dead-lettered");
    }

    /** Posts one notification to one of the two servers, as SNS would; whether it was answered 200. */
    private boolean post(int i, String notification, Map<String, String> accepted, List<String> refused) {
        if (rig.post(i % 2 == 0 ? APP1_URL : APP2_URL, notification)) {
            accept(accepted, notification);
            return true;
        }
        refused.add(notification);
        return false;
    }

    private static void accept(Map<String, String> accepted, String notification) {
        JsonObject message = ScaleOutRig.json(notification);
        accepted.put(message.getString("MessageId"), ScaleOutRig.serialOf(message));
    }

    /** A queue's message ids, browsed at the backup, the broker that is active after the kill. */
    private List<String> browse(String queueName) {
        try (ActiveMQConnectionFactory factory =
                        new ActiveMQConnectionFactory(tlsUrl(BACKUP_PORT), APP_USER, appPassword);
                JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue(queueName);
            List<String> ids = new ArrayList<>();
            try (QueueBrowser browser = context.createBrowser(queue)) {
                for (Object message : Collections.list(browser.getEnumeration())) {
                    ids.add(((Message) message).getJMSMessageID());
                }
            }
            return ids;
        } catch (JMSException e) {
            throw new AssertionError("browsing " + queueName + " at the backup: " + e.getMessage(), e);
        }
    }

    /**
     * What the application's user can do at a broker, and how: over TLS only (a plain connection is refused, and so
     * the replication the backup reported is over TLS too), and nothing but its two queues: no management, no
     * temporary queue, no other address.
     */
    private void assertTheBrokerTakesOnlyTlsAndTheApplicationOnlyItsQueues(int port) {
        try (ActiveMQConnectionFactory plain =
                new ActiveMQConnectionFactory("tcp://localhost:" + port + "?callTimeout=5000", APP_USER, appPassword)) {
            assertThrows(JMSRuntimeException.class, () -> plain.createContext().close(), "a connection without TLS");
        }
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(tlsUrl(port), APP_USER, appPassword);
                JMSContext context = factory.createContext()) {
            try (QueueBrowser browser = context.createBrowser(context.createQueue("SnsInboundQueue.DLQ"))) {
                assertTrue(Collections.list(browser.getEnumeration()).isEmpty(), "its own queues it may browse");
            }
            // Management answers on a temporary queue, which the user may not create; nor may it send a request
            assertThrows(JMSSecurityRuntimeException.class, context::createTemporaryQueue, "no temporary queues");
            JMSRuntimeException management = assertThrows(
                    JMSRuntimeException.class,
                    () -> context.createProducer().send(context.createQueue("activemq.management"), "no manage"),
                    "no management");
            System.out.println("ArtemisFailoverCrashIT: a management request is refused: " + management);
        } catch (JMSException e) {
            throw new AssertionError("browsing at the broker on " + port + ": " + e.getMessage(), e);
        }
    }

    /** A client's URL for a broker: TLS, trusting the broker's certificate only and checking its name. */
    private String tlsUrl(int port) {
        return "tcp://localhost:" + port + "?" + tlsClientParameters();
    }

    private String tlsClientParameters() {
        return "sslEnabled=true;verifyHost=true;trustStoreType=PKCS12;trustStorePath=" + truststore
                + ";trustStorePassword=" + truststorePassword;
    }

    private static Path brokerConfig(String file) {
        return Path.of(System.getProperty("kakehashi.config.dir"))
                .resolve("artemis")
                .resolve(file);
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
        settings.put("artemis.tls.key-store", keystore.toString());
        settings.put("artemis.tls.key-store-password", keystorePassword);
        settings.put("artemis.tls.trust-store", truststore.toString());
        settings.put("artemis.tls.trust-store-password", truststorePassword);
        settings.put("artemis.app-user", APP_USER);
        settings.put("artemis.app-password", appPassword);
        return settings;
    }

    private Map<String, String> appVariables(String server, int httpPort, int httpsPort, Path ltpaKeys) {
        Map<String, String> variables =
                rig.appVariables(server, httpPort, httpsPort, ltpaKeys, keystore, keystorePassword);
        variables.put("kakehashi.topology", "cluster-artemis");
        variables.put(
                "kakehashi.artemis.connection-parameters",
                "host=localhost;port=" + PRIMARY_PORT + ";" + tlsClientParameters() + ",host=localhost;port="
                        + BACKUP_PORT + ";" + tlsClientParameters());
        variables.put("kakehashi.artemis.user", APP_USER);
        variables.put("kakehashi.artemis.password", appPassword);
        return variables;
    }
}
