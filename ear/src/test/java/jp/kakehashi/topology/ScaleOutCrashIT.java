package jp.kakehashi.topology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.LibertyServers;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The production topology on this machine: a Liberty messaging server and two application servers sharing
 * PostgreSQL (a database made for the run) and their HTTP sessions (profile scaleout-sandbox). Signed SNS
 * notifications are spread over both servers; one is killed with SIGKILL in the middle; every notification that was
 * answered 200 is processed exactly once (the survivor's consumer drains the shared queue), and a shopper who signed
 * in on the killed server is still signed in on the other. (A server with a wrong messaging password:
 * {@link ScaleOutMessagingPasswordIT}.)
 */
@OnServersOfItsOwn
// First of the side lane: its application servers start together, the heaviest of the side lane's starts, while
// the main lane's first classes mostly wait (@EarlyInTheMainLane) and leave the CPU to them
@Order(0)
class ScaleOutCrashIT {

    private static final int NOTIFICATIONS = 40;
    private static final String MESSAGING = "scaleout-messaging";
    private static final String APP1 = "scaleout-app1";
    private static final String APP2 = "scaleout-app2";
    private static final String APP1_URL = "http://localhost:9181";
    private static final String APP2_URL = "http://localhost:9182";
    private static final String KEYSTORE_PASSWORD = "scaleout-tls-" + UUID.randomUUID();

    private final LibertyServers servers = new LibertyServers();
    private final ScaleOutRig rig = new ScaleOutRig("kakehashi_scaleout_" + System.currentTimeMillis());
    /** The application servers' secret at the messaging server, made for the run. */
    private final String messagingPassword = UUID.randomUUID().toString();

    private Path keystore;
    private WebDriver browser;

    @BeforeEach
    void startTheTopology() throws SQLException {
        rig.createDatabases();
        Path ltpaKeys = servers.serverDir(MESSAGING).getParent().resolve(APP1 + "-shared-ltpa.keys");
        // One certificate for the run: the messaging server's TLS key, and what every application server trusts
        keystore = servers.serverDir(MESSAGING).getParent().resolve("scaleout-tls.p12");
        jp.kakehashi.testsupport.Certificates.selfSigned(keystore, KEYSTORE_PASSWORD);
        servers.createMessagingServer(
                MESSAGING,
                Map.of(
                        "kakehashi.messaging.port",
                        "7286",
                        "kakehashi.messaging.host",
                        "localhost",
                        "kakehashi.messaging.password",
                        messagingPassword,
                        "kakehashi.messaging.keystore.file",
                        keystore.toString(),
                        "kakehashi.messaging.keystore.password",
                        KEYSTORE_PASSWORD));
        servers.createApplicationServer(APP1, appVariables(APP1, 9181, 9544, ltpaKeys));
        servers.createApplicationServer(APP2, appVariables(APP2, 9182, 9545, ltpaKeys));
        servers.start(MESSAGING);
        rig.startSharingLtpaKeys(servers, ltpaKeys, APP1, APP1_URL, APP2, APP2_URL);
    }

    @AfterEach
    void stopTheTopology() throws SQLException {
        if (browser != null) {
            browser.quit();
        }
        servers.stopTogether(APP2, APP1);
        servers.stop(MESSAGING);
        rig.dropDatabases();
    }

    @Test
    void killingOneServerLosesNoAcceptedNotificationAndNoSignedInShopper() throws Exception {
        browser = Browser.open("ja");
        ShopPages.registerMember(
                browser,
                APP1_URL,
                "分散 花子",
                "scaleout-" + UUID.randomUUID() + "@example.jp",
                "a password for two servers");

        List<String> signed = rig.signedNotifications(APP2_URL, NOTIFICATIONS);
        Map<String, String> accepted = new ConcurrentHashMap<>();
        for (int i = 0; i < signed.size(); i++) {
            if (i == signed.size() / 2) {
                servers.kill(APP1);
            }
            String target = i % 2 == 0 ? APP1_URL : APP2_URL;
            if (rig.post(target, signed.get(i))) {
                JsonObject message = ScaleOutRig.json(signed.get(i));
                accepted.put(message.getString("MessageId"), ScaleOutRig.serialOf(message));
            }
        }

        assertTrue(accepted.size() >= signed.size() / 2, "both servers accepted notifications: " + accepted.size());
        rig.awaitProcessedOnce(accepted, Duration.ofSeconds(90));
        theQueueDepthIsReadAlthoughTheEngineIsOnAnotherServer();

        browser.get(APP2_URL + "/member/index.xhtml");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("member-welcome")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "not signed in on the other server: " + browser.getCurrentUrl() + " with cookies "
                            + browser.manage().getCookies().stream()
                                    .map(org.openqa.selenium.Cookie::getName)
                                    .toList() + ":\n"
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    /** The engine's MBeans are in the messaging server: the survivor's gauges count by browsing, never -1 (unreadable). */
    private void theQueueDepthIsReadAlthoughTheEngineIsOnAnotherServer() {
        String metrics = rig.get(APP2_URL + "/metrics")
                .filter(answer -> answer.statusCode() == 200)
                .map(HttpResponse::body)
                .orElseThrow(() -> new AssertionError("no /metrics from " + APP2_URL));
        for (String queue : List.of("SnsInboundQueue", "SnsInboundQueue.DLQ")) {
            String gauge = metrics.lines()
                    .filter(line ->
                            line.startsWith("kakehashi_queue_depth{") && line.contains("queue=\"" + queue + "\""))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no depth gauge for " + queue + " in:\n" + metrics));
            assertTrue(Double.parseDouble(gauge.substring(gauge.lastIndexOf(' ') + 1)) >= 0, gauge);
        }
    }

    private Map<String, String> appVariables(String server, int httpPort, int httpsPort, Path ltpaKeys) {
        Map<String, String> variables =
                rig.appVariables(server, httpPort, httpsPort, ltpaKeys, keystore, KEYSTORE_PASSWORD);
        variables.put("kakehashi.messaging.port", "7286");
        variables.put("kakehashi.messaging.password", messagingPassword);
        return variables;
    }
}
