package jp.kakehashi.drs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.kakehashi.drs.fixture.DeviceRecordFixture;
import jp.kakehashi.testsupport.AdminApi;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.SandboxDevices;
import jp.kakehashi.testsupport.SandboxFaults;
import jp.kakehashi.testsupport.ShopPages;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static jp.kakehashi.testsupport.MemberApi.json;
import static jp.kakehashi.testsupport.SandboxDevices.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A device belongs to at most one member: another member's setup changes nothing of the holder's, byte for byte; it
 * changes hands only as Amazon says; grants that Amazon may have spent are not repeated blindly. A test-only servlet
 * reads the database beside Kakehashi.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceOwnershipIT {

    private static final String PASSWORD = "device owner password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestArchives.war("device-record-fixture.war").addClasses(DeviceRecordFixture.class);
    }

    @ArquillianResource
    private URL fixture;

    private final Http http = new Http();
    private final SandboxDevices amazon = new SandboxDevices(http);
    private final SandboxFaults faults = new SandboxFaults(http);
    private final AdminApi admin = new AdminApi(http);

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @AfterEach
    void clearFaults() {
        faults.clearAll();
    }

    @Test
    void anotherMembersSetupOfAHeldDeviceIsRefusedAndChangesNothing() {
        String serial = amazon.preRegistered(SandboxDevices.freshCustomer("OWNED"));
        MemberApi alice = member("alice");
        MemberApi bob = member("bob");
        assertEquals(201, alice.setUp(MODEL, serial).statusCode());
        JsonObject before = record(serial);

        HttpResponse<String> refused = bob.setUp(MODEL, serial);

        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("NOT_AVAILABLE", json(refused).getString("outcome"));
        assertEquals(before, record(serial), "the holder's member, status and sealed tokens, byte for byte");
        assertTrue(alice.device(serial).isPresent());
        assertTrue(bob.device(serial).isEmpty());
        assertEquals(404, bob.remove(MODEL, serial).statusCode(), "nor can Bob remove it");
        assertEquals(before, record(serial));
    }

    @Test
    void theMemberWhoseAmazonAccountAmazonNamesTakesTheDeviceOver() {
        String customer = SandboxDevices.freshCustomer("BUYER");
        String serial = amazon.preRegistered(customer);
        MemberApi alice = member("alice");
        String bobEmail = ShopPages.newMember("bob", "会員 二郎", PASSWORD);
        MemberApi bob = new MemberApi(http, bobEmail, PASSWORD);
        assertEquals(201, alice.setUp(MODEL, serial).statusCode());
        amazon.notify("DeviceRegisteredNotification", MODEL, serial, customer);
        JsonObject registered = Await.present(() -> Optional.of(record(serial)).filter(r -> customer.equals(r.getString("customer", null))));
        assertEquals("1", fixtureText("POST", "device-record?member=" + encode(bobEmail) + "&buyerId=" + encode(customer)));

        HttpResponse<String> takenOver = bob.setUp(MODEL, serial);

        assertEquals(201, takenOver.statusCode(), takenOver.body());
        JsonObject after = record(serial);
        assertNotEquals(registered.getString("memberId"), after.getString("memberId"));
        assertNotEquals(registered.getString("sealedSha256"), after.getString("sealedSha256"), "Alice's tokens are gone");
        assertTrue(alice.device(serial).isEmpty());
        assertEquals("SET_UP", bob.device(serial).orElseThrow().getString("status"));
        assertEquals("1", fixtureText("GET", "device-record?audit=" + after.getInt("id")), "the change of hands is audited");
    }

    @Test
    void aRegistrationToAnotherCustomerReleasesTheDeviceAndDestroysItsTokens() {
        String first = SandboxDevices.freshCustomer("FIRST");
        String second = SandboxDevices.freshCustomer("SECOND");
        String serial = amazon.preRegistered(first);
        MemberApi alice = member("alice");
        assertEquals(201, alice.setUp(MODEL, serial).statusCode());
        amazon.notify("DeviceRegisteredNotification", MODEL, serial, first);
        JsonObject held = Await.present(() -> Optional.of(record(serial)).filter(r -> first.equals(r.getString("customer", null))));

        amazon.notify("DeviceRegisteredNotification", MODEL, serial, second);

        JsonObject moved = Await.present(() -> Optional.of(record(serial)).filter(r -> second.equals(r.getString("customer", null))));
        assertFalse(moved.containsKey("memberId"), moved.toString());
        // The sandbox profile pushes an exchange for the new registration: tokens may be there again, never Alice's.
        assertNotEquals(held.getString("sealedSha256"), moved.getString("sealedSha256", "none"), "no token of the old member's survives");
        assertTrue(alice.device(serial).isEmpty());
        assertEquals("1", fixtureText("GET", "device-record?audit=" + moved.getInt("id")));
    }

    @Test
    void aNotificationOtherThanRegistrationForAnUnknownDeviceCreatesNoDeviceAndWaitsForItsRegistration() {
        String serial = SandboxDevices.freshSerial();
        String customer = SandboxDevices.freshCustomer("ORDER");

        amazon.notify("OrderPlacedNotification", MODEL, serial, customer);

        Await.present(() -> Optional.of(fixtureText("GET", "device-record?parked=" + serial)).filter("1"::equals));
        assertEquals(404, fixtureStatus("device-record?serial=" + serial));

        // SNS does not promise order: the registration that comes later applies the notification that waited for it.
        amazon.notify("DeviceRegisteredNotification", MODEL, serial, customer);

        JsonObject registered = Await.present(() -> Optional.of(fixtureText("GET", "device-record?parked=" + serial))
                .filter("0"::equals).map(parked -> record(serial)));
        assertEquals(2, registered.getInt("events"), registered.toString());
    }

    @Test
    void aParkedNotificationIsAppliedExactlyOnceAfterItsModelIsAdded() {
        String model = "KKH_IT_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String serial = "IT-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        amazon.notify("DeviceRegisteredNotification", model, serial, SandboxDevices.freshCustomer("PARKED"));
        Await.present(() -> Optional.of(fixtureText("GET", "device-record?parked=" + serial)).filter("1"::equals));
        String reason = admin.parkedReasons().getValuesAs(JsonObject.class).stream().map(group -> group.getString("reason"))
                .filter(text -> text.contains(model)).findFirst().orElseThrow();

        HttpResponse<String> added = admin.put("/device-models/" + model, Json.createObjectBuilder()
                .add("displayName", "IT model").add("serialNumberPattern", "IT-[0-9]{8}")
                .add("asins", Json.createArrayBuilder()).add("sampleSerials", Json.createArrayBuilder().add(serial)).build().toString());
        assertEquals(201, added.statusCode(), added.body());
        HttpResponse<String> reprocessed = admin.post("/sns/parked/reprocess", Json.createObjectBuilder().add("reason", reason).build().toString());
        HttpResponse<String> again = admin.post("/sns/parked/reprocess", Json.createObjectBuilder().add("reason", reason).build().toString());

        assertEquals(200, reprocessed.statusCode(), reprocessed.body());
        assertEquals(1, AdminApi.json(reprocessed).getInt("applied"));
        assertEquals(0, AdminApi.json(again).getInt("applied"));
        assertEquals("0", fixtureText("GET", "device-record?parked=" + serial));
        assertEquals(1, record(serial).getInt("events"), "applied exactly once");
        assertEquals(404, admin.post("/sns/parked/no-such-message/reprocess", "{}").statusCode());
        HttpResponse<String> formPost = http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin/sns/parked/reprocess"))
                .header("Authorization", AdminPages.basicAuthorization()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("reason=x")).build());
        assertEquals(415, formPost.statusCode(), "what a cross-site form can send is refused");
    }

    @Test
    void aMemberRemovesADeviceAndItsTokensAreDestroyed() {
        String serial = amazon.preRegistered(SandboxDevices.freshCustomer("REMOVED"));
        MemberApi alice = member("alice");
        MemberApi bob = member("bob");
        assertEquals(201, alice.setUp(MODEL, serial).statusCode());

        assertEquals(204, alice.remove(MODEL, serial).statusCode());

        JsonObject released = record(serial);
        assertFalse(released.containsKey("memberId"), released.toString());
        assertFalse(released.getBoolean("hasTokens"));
        assertTrue(alice.device(serial).isEmpty());
        assertEquals("1", fixtureText("GET", "device-record?audit=" + released.getInt("id")));
        // Removal deregistered it at Amazon, which forgets its pre-registration: the next member is not refused as
        // "not yours" but goes through the teaser and Amazon's consent, as for any device Amazon does not hold
        HttpResponse<String> next = bob.setUp(MODEL, serial);
        assertEquals(200, next.statusCode(), next.body());
        assertEquals("NOT_PRE_REGISTERED", MemberApi.json(next).getString("outcome"));
    }

    @Test
    void setupAttemptsAreLimitedPerMemberSoThatSerialsCannotBeSwept() {
        MemberApi sweeper = member("sweeper");
        for (int attempt = 1; attempt <= 20; attempt++) {
            HttpResponse<String> tried = sweeper.setUp(MODEL, SandboxDevices.freshSerial());
            assertEquals(200, tried.statusCode(), "attempt " + attempt + ": " + tried.body());
        }

        HttpResponse<String> refused = sweeper.setUp(MODEL, SandboxDevices.freshSerial());

        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertEquals(201, member("other").setUp(MODEL, amazon.preRegistered(SandboxDevices.freshCustomer("OTHER"))).statusCode(),
                "the limit is the member's, not everyone's");
    }

    @Test
    void aRefreshWhoseAnswerIsLostLeavesTheDeviceWorking() {
        String serial = amazon.preRegistered(SandboxDevices.freshCustomer("LOST"));
        MemberApi alice = member("alice");
        assertEquals(201, alice.setUp(MODEL, serial).statusCode());
        JsonObject before = record(serial);
        // Scoped to refreshes: a grant of another test's device meanwhile neither spends the fault nor counts
        long requestsBefore = faults.requests("LWA_TOKEN:refresh_token");
        faults.inject("LWA_TOKEN", "{\"dropConnection\":true,\"times\":1,\"afterProcessing\":true,\"grantType\":\"refresh_token\"}");

        assertFalse(admin.refresh(before.getInt("id")), "Amazon refreshed, but its answer was cut");

        assertEquals(1, faults.requests("LWA_TOKEN:refresh_token") - requestsBefore, "a refresh that may have reached Amazon is not repeated");
        JsonObject inDoubt = record(serial);
        assertEquals("ACTIVE", inDoubt.getString("tokenState"));
        assertTrue(inDoubt.getBoolean("inDoubt"), inDoubt.toString());
        assertEquals(before.getString("sealedSha256"), inDoubt.getString("sealedSha256"));

        // The sandbox spent the stored refresh token: the next attempt is refused once, and the device recovers.
        assertTrue(admin.refresh(before.getInt("id")));

        JsonObject recovered = record(serial);
        assertEquals("ACTIVE", recovered.getString("tokenState"));
        assertFalse(recovered.getBoolean("inDoubt"));
        assertNotEquals(before.getString("sealedSha256"), recovered.getString("sealedSha256"));
        JsonObject device = alice.device(serial).orElseThrow();
        assertEquals("SET_UP", device.getString("status"));
        assertEquals("ACTIVE", device.getString("tokenState"));
    }

    @Test
    void aRevokedRefreshTokenMarksTheDeviceForSetupAndTheMemberSeesWhy() {
        String serial = amazon.preRegistered(SandboxDevices.freshCustomer("REVOKED"));
        MemberApi alice = member("alice");
        assertEquals(201, alice.setUp(MODEL, serial).statusCode());
        amazon.revoke(serial);

        assertFalse(admin.refresh(record(serial).getInt("id")));

        JsonObject revoked = record(serial);
        assertEquals("NEEDS_SETUP", revoked.getString("tokenState"));
        assertEquals("NEEDS_SETUP", revoked.getString("status"));
        JsonObject device = alice.device(serial).orElseThrow();
        assertEquals("NEEDS_SETUP", device.getString("status"));
        assertTrue(device.getString("tokenProblem").contains("revoked"), device.toString());
        assertEquals(201, alice.setUp(MODEL, serial).statusCode(), "set up again: still pre-registered at Amazon");
    }

    private MemberApi member(String prefix) {
        return new MemberApi(http, ShopPages.newMember(prefix, "会員 " + prefix, PASSWORD), PASSWORD);
    }

    private JsonObject record(String serial) {
        HttpResponse<String> record = http.send(HttpRequest.newBuilder(fixtureUri("device-record?serial=" + serial)).GET().build());
        assertEquals(200, record.statusCode(), "no device " + serial);
        return Json.createReader(new StringReader(record.body())).readObject();
    }

    private String fixtureText(String method, String path) {
        return http.send(HttpRequest.newBuilder(fixtureUri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build()).body();
    }

    private int fixtureStatus(String path) {
        return http.send(HttpRequest.newBuilder(fixtureUri(path)).GET().build()).statusCode();
    }

    private URI fixtureUri(String path) {
        return URI.create(fixture.toString().replaceAll("/$", "") + "/" + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
