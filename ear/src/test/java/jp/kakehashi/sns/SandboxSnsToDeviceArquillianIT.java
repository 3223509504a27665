package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.kakehashi.drs.application.DrsNotificationService;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceStatus;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.sns.application.DefaultSnsNotificationService;
import jp.kakehashi.sns.application.DefaultSnsSubscriptionService;
import jp.kakehashi.sns.application.SnsNotificationService;
import jp.kakehashi.sns.application.SnsSubscriptionService;
import jp.kakehashi.sns.domain.SnsSubscription;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.TestArchives;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end through the sandbox as through AWS: the sandbox's SNS subscribed Kakehashi's endpoint at start and
 * Kakehashi confirmed it; "scan the box" publishes a signed DeviceRegisteredNotification that Kakehashi verifies
 * (downloading the sandbox's signing certificate), queues, and stores as a device. A tampered copy is refused.
 */
@ExtendWith(ArquillianExtension.class)
class SandboxSnsToDeviceArquillianIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String DRS_TOPIC = "arn:aws:sns:us-east-1:123456789012:kakehashi-drs";
    private static final String TEST_MODEL = "TEST_MODEL_DRS_PREREG_01";

    @Deployment
    static WebArchive deployment() {
        return TestArchives.war("sandbox-sns-to-device-it.war")
                .addPackages(false, "jp.kakehashi.drs.domain", "jp.kakehashi.sns.domain")
                .addClasses(
                        DrsNotificationService.class,
                        jp.kakehashi.drs.application.DefaultDrsNotificationService.class,
                        jp.kakehashi.drs.application.ReplenishmentOrders.class,
                        jp.kakehashi.drs.application.DeviceSubscriptions.class,
                        jp.kakehashi.drs.application.DeviceRepository.class,
                        jp.kakehashi.drs.application.DashReplenishmentService.class,
                        SnsNotificationService.class,
                        DefaultSnsNotificationService.class,
                        SnsSubscriptionService.class,
                        DefaultSnsSubscriptionService.class)
                .addClasses(
                        jp.kakehashi.drs.application.DeviceRecords.class,
                        jp.kakehashi.drs.application.DefaultDeviceRecords.class,
                        jp.kakehashi.drs.application.TokenCounts.class,
                        jp.kakehashi.drs.application.DeviceNotClaimableException.class,
                        jp.kakehashi.drs.application.LoginWithAmazonNotConfiguredException.class,
                        jp.kakehashi.drs.application.LoginWithAmazonConfiguration.class,
                        jp.kakehashi.drs.application.TokenSealing.class,
                        jp.kakehashi.drs.infrastructure.DeviceTokenVault.class,
                        jp.kakehashi.shared.crypto.TokenCipher.class)
                .addClass(Await.class)
                .addClass(jp.kakehashi.shared.tracing.Tracing.class)
                .addClasses(
                        jp.kakehashi.shared.messaging.MessagingConfiguration.class,
                        jp.kakehashi.shared.messaging.MessagingProvider.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties");
    }

    @Inject
    private SnsSubscriptionService subscriptions;

    @Inject
    private DrsNotificationService devices;

    @Inject
    private jp.kakehashi.drs.application.DeviceRepository deviceRepository;

    @Inject
    private jp.kakehashi.drs.application.DeviceRecords setups;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** In the server, where the test runs: the port is Liberty's variable (the class is also built on the client). */
    private String baseUrl;

    private final String sink = "kakehashi-e2e-" + UUID.randomUUID();
    private final String serial = "TEST_SERIAL_" + ThreadLocalRandom.current().nextInt(10, 100);
    private final String customer = "amzn1.account.E2E"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();

    @org.junit.jupiter.api.BeforeEach
    void findServer() {
        baseUrl = "http://localhost:" + ConfigProvider.getConfig().getValue("default.http.port", String.class);
    }

    @AfterEach
    void forgetSink() throws Exception {
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/amazon-sandbox/api/sandbox/sns/sink/" + sink))
                .DELETE());
    }

    @Test
    void kakehashiConfirmedItsSubscriptionToTheSandboxsDrsTopic() {
        SnsSubscription subscription = Await.present(() -> subscriptions
                .findSubscription(DRS_TOPIC)
                .filter(s -> s.getStatus() == SnsSubscription.Status.CONFIRMED));

        assertTrue(subscription.getSubscriptionArn().startsWith(DRS_TOPIC + ":"), subscription.getSubscriptionArn());
    }

    @Test
    void scanningTheBoxInTheSandboxStoresTheDevice() throws Exception {
        Await.present(() -> subscriptions
                .findSubscription(DRS_TOPIC)
                .filter(s -> s.getStatus() == SnsSubscription.Status.CONFIRMED));

        scanBox();

        Device device = Await.present(() ->
                deviceRepository.find(TEST_MODEL, serial).filter(d -> customer.equals(d.getDirectedCustomerId())));
        assertEquals(DeviceStatus.PRE_REGISTERED, device.getStatus());
        assertEquals("amzn1.application-oa2-client.e2e", device.getLwaClientId());
    }

    @Test
    void withPushAPreRegisteredDevicesTokensAreExchangedAsItsNotificationArrives() throws Exception {
        Await.present(() -> subscriptions
                .findSubscription(DRS_TOPIC)
                .filter(s -> s.getStatus() == SnsSubscription.Status.CONFIRMED));
        String pushed = "TEST_SERIAL_" + ThreadLocalRandom.current().nextInt(10, 100);
        // A serial of its own, pre-registered for this test's customer: no other test's member holds it.
        HttpResponse<String> preRegistered =
                send(HttpRequest.newBuilder(URI.create(baseUrl + "/amazon-sandbox/api/sandbox/lwa/devices"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("serial", pushed)
                                .add("modelId", TEST_MODEL)
                                .add("directedCustomerId", customer)
                                .build()
                                .toString())));
        assertTrue(preRegistered.statusCode() == 201 || preRegistered.statusCode() == 409, preRegistered.body());

        Instant scannedAt = Instant.now();

        scanBox(pushed);

        Device device = Await.present(() -> deviceRepository
                .find(TEST_MODEL, pushed)
                .filter(d -> customer.equals(d.getDirectedCustomerId()) && d.getStatus() == DeviceStatus.SET_UP));
        assertEquals("amzn1.application-oa2-client.e2e", device.getLwaClientId());
        DeviceTokens tokens = Await.present(() ->
                setups.tokensOf(device.getId()).filter(t -> !t.getUpdatedAt().isBefore(scannedAt)));
        assertEquals(DeviceTokens.ObtainedBy.PRE_REGISTRATION, tokens.getObtainedBy());
    }

    @Test
    void aSandboxSignedMessageVerifiesAndATamperedCopyIsForbidden() throws Exception {
        subscribeSink();
        scanBox();
        String signed = Await.present(this::receivedNotification);

        HttpResponse<String> tampered = postToKakehashi(
                signed.replace(serial, serial.equals("TEST_SERIAL_99") ? "TEST_SERIAL_98" : "TEST_SERIAL_99"));
        HttpResponse<String> genuine = postToKakehashi(signed);

        assertEquals(403, tampered.statusCode(), tampered.body());
        assertTrue(tampered.body().contains("signature does not verify"), tampered.body());
        assertEquals(200, genuine.statusCode(), genuine.body());
    }

    private void scanBox() throws Exception {
        scanBox(serial);
    }

    private void scanBox(String serialNumber) throws Exception {
        HttpResponse<String> scanned =
                send(HttpRequest.newBuilder(URI.create(baseUrl + "/amazon-sandbox/api/sandbox/sns/drs/scan-box"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("serialNumber", serialNumber)
                                .add("modelId", TEST_MODEL)
                                .add("directedCustomerId", customer)
                                .add("lwaClientId", "amzn1.application-oa2-client.e2e")
                                .build()
                                .toString())));
        assertTrue(scanned.statusCode() / 100 == 2, scanned.statusCode() + " " + scanned.body());
    }

    private void subscribeSink() throws Exception {
        String endpoint = baseUrl + "/amazon-sandbox/api/sandbox/sns/sink/" + sink;
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/amazon-sandbox/api/sandbox/sns/subscriptions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("topicArn", DRS_TOPIC)
                        .add("endpoint", endpoint)
                        .build()
                        .toString())));
        String confirmation = Await.present(() -> received("SubscriptionConfirmation"));
        JsonObject message = Json.createReader(new StringReader(confirmation)).readObject();
        HttpResponse<String> confirmed = send(HttpRequest.newBuilder(URI.create(message.getString("SubscribeURL")))
                .GET());
        assertEquals(200, confirmed.statusCode(), confirmed.body());
    }

    private Optional<String> receivedNotification() {
        return received("Notification").filter(body -> body.contains(customer));
    }

    private Optional<String> received(String type) {
        try {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create(baseUrl + "/amazon-sandbox/api/sandbox/sns/sink/" + sink))
                            .GET());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonArray requests =
                    Json.createReader(new StringReader(response.body())).readArray();
            return requests.stream()
                    .map(JsonValue::asJsonObject)
                    .map(request -> request.getString("body"))
                    .filter(body -> Json.createReader(new StringReader(body))
                            .readObject()
                            .getString("Type")
                            .equals(type))
                    .findFirst();
        } catch (IOException | InterruptedException e) {
            return Optional.empty();
        }
    }

    private HttpResponse<String> postToKakehashi(String body) throws Exception {
        String type = Json.createReader(new StringReader(body)).readObject().getString("Type");
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/sns/notifications"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("x-amz-sns-message-type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
