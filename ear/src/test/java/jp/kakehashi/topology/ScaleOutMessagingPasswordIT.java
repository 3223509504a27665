package jp.kakehashi.topology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Certificates;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scale-out topology's messaging server (profile scaleout-sandbox, as in {@link ScaleOutCrashIT}) takes TLS
 * connections from its own users only: an application server that signs in with a wrong password answers SNS with 503
 * (the queue is unavailable to it, so nothing is accepted that could be lost) and is not ready, so a load balancer
 * sends it no shopper.
 */
@OnServersOfItsOwn
class ScaleOutMessagingPasswordIT {

    private static final String MESSAGING = "password-messaging";
    private static final String INTRUDER = "scaleout-intruder";
    private static final String INTRUDER_URL = "http://localhost:9183";
    private static final String KEYSTORE_PASSWORD = "scaleout-tls-" + UUID.randomUUID();

    private final LibertyServers servers = new LibertyServers();
    private final ScaleOutRig rig = new ScaleOutRig("kakehashi_password_" + System.currentTimeMillis());

    @BeforeEach
    void startTheMessagingServerAndAnApplicationServerWithAWrongPassword() throws SQLException {
        rig.createDatabases();
        Path work = servers.serverDir(MESSAGING).getParent();
        Path keystore = work.resolve("password-tls.p12");
        Certificates.selfSigned(keystore, KEYSTORE_PASSWORD);
        servers.createMessagingServer(
                MESSAGING,
                Map.of(
                        "kakehashi.messaging.port",
                        "7287",
                        "kakehashi.messaging.host",
                        "localhost",
                        "kakehashi.messaging.password",
                        UUID.randomUUID().toString(),
                        "kakehashi.messaging.keystore.file",
                        keystore.toString(),
                        "kakehashi.messaging.keystore.password",
                        KEYSTORE_PASSWORD));
        Map<String, String> variables = rig.appVariables(
                INTRUDER, 9183, 9546, work.resolve(INTRUDER + "-ltpa.keys"), keystore, KEYSTORE_PASSWORD);
        variables.put("kakehashi.messaging.port", "7287");
        variables.put("kakehashi.messaging.password", "not-the-password");
        servers.createApplicationServer(INTRUDER, variables);
        servers.start(MESSAGING);
        servers.start(INTRUDER);
    }

    @AfterEach
    void stopThem() throws SQLException {
        try {
            servers.stop(INTRUDER);
            servers.stop(MESSAGING);
        } finally {
            rig.dropDatabases();
        }
    }

    @Test
    void anApplicationServerWithoutTheMessagingPasswordIsNotReadyAndRefusesNotifications() {
        HttpResponse<String> ready = Await.present(
                () -> rig.get(INTRUDER_URL + "/health/ready").filter(answer -> answer.statusCode() == 503),
                Duration.ofMinutes(3));
        assertTrue(ready.body().contains("DOWN"), ready.body());
        // Signed by the intruder's own sandbox, which the scale-out profile trusts as it trusts any local sandbox
        String signed = rig.signedNotifications(INTRUDER_URL, 1).get(0);
        HttpResponse<String> refused = Await.present(
                () -> rig.sns(INTRUDER_URL, signed).filter(answer -> answer.statusCode() == 503),
                Duration.ofSeconds(30));
        assertTrue(refused.body().contains("unavailable"), refused.body());
        // Refused for its password: the messaging server answered, and turned the sign-in down
        assertTrue(
                intruderLog().contains("SIAuthenticationException"),
                "the intruder's log shows the messaging server's authentication failure");
    }

    private String intruderLog() {
        try {
            return Files.readString(servers.serverDir(INTRUDER).resolve("logs/messages.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
