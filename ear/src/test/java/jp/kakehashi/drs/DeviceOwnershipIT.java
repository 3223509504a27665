package jp.kakehashi.drs;

import static jp.kakehashi.testsupport.MemberApi.json;
import static jp.kakehashi.testsupport.SandboxDevices.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.kakehashi.drs.fixture.DeviceRecordFixture;
import jp.kakehashi.drs.fixture.DeviceRecordFixtureClient;
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

    /**
     * A serial is printed on the box: knowing it proves nothing. A member Kakehashi does not know as the customer Amazon
     * registered the device to gets exactly the answer for a serial Amazon never pre-registered, whether the device is
     * free or held, and nothing changes.
     */
    @Test
    void aStrangersSetupOfSomeoneElsesDeviceAnswersAsForAnUnknownSerialAndChangesNothing() {
        Linked alice = linkedMember("alice");
        String held = registeredTo(alice.customer());
        assertEquals(201, alice.api().setUp(MODEL, held).statusCode());
        String free = registeredTo(SandboxDevices.freshCustomer("HANAKO"));
        JsonObject heldBefore = record(held);
        JsonObject freeBefore = record(free);
        MemberApi stranger = member("stranger");

        HttpResponse<String> unknownAnswer = stranger.setUp(MODEL, SandboxDevices.freshSerial());
        HttpResponse<String> heldAnswer = stranger.setUp(MODEL, held);
        HttpResponse<String> freeAnswer = stranger.setUp(MODEL, free);

        for (HttpResponse<String> answer : java.util.List.of(unknownAnswer, heldAnswer, freeAnswer)) {
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("NOT_PRE_REGISTERED", json(answer).getString("outcome"));
            assertEquals(json(unknownAnswer).getString("message"), json(answer).getString("message"));
        }
        assertEquals(heldBefore, record(held), "the holder's member, status and sealed tokens, byte for byte");
        assertEquals(freeBefore, record(free));
        assertTrue(stranger.device(held).isEmpty());
        assertTrue(stranger.device(free).isEmpty());
        assertEquals(404, stranger.remove(MODEL, held).statusCode(), "nor can the stranger remove it");
        assertEquals(
                404, stranger.reportSlot(MODEL, free, "coffee-beans", "1", "10").statusCode(), "nor report its slots");
        assertEquals(heldBefore, record(held));
    }

    /** The rightful customer: Get Buyer named the member's buyerId, Amazon's notification named the same customer. */
    @Test
    void theCustomerAmazonRegisteredTheDeviceToSetsItUpAtOnce() {
        Linked hanako = linkedMember("hanako");
        String serial = registeredTo(hanako.customer());
        assertEquals(
                false,
                hanako.api().device(serial).orElseThrow().getBoolean("setUpOnThisAccount"),
                "listed before it is set up: one step from the devices list");

        HttpResponse<String> setUp = hanako.api().setUp(MODEL, serial);

        assertEquals(201, setUp.statusCode(), setUp.body());
        assertEquals("SET_UP", hanako.api().device(serial).orElseThrow().getString("status"));
    }

    @Test
    void theMemberWhoseAmazonAccountAmazonNamesTakesTheDeviceOver() {
        Linked alice = linkedMember("alice");
        String customer = SandboxDevices.freshCustomer("BUYER");
        String serial = registeredTo(customer);
        // Alice held the device while it was registered to her Amazon account; she has since linked another one
        link(alice.email(), customer);
        assertEquals(201, alice.api().setUp(MODEL, serial).statusCode());
        link(alice.email(), alice.customer());
        JsonObject registered = record(serial);
        Linked bob = linkedMember("bob");
        link(bob.email(), customer);

        HttpResponse<String> takenOver = bob.api().setUp(MODEL, serial);

        assertEquals(201, takenOver.statusCode(), takenOver.body());
        JsonObject after = record(serial);
        assertNotEquals(registered.getString("memberId"), after.getString("memberId"));
        assertNotEquals(
                registered.getString("sealedSha256"), after.getString("sealedSha256"), "Alice's tokens are gone");
        assertTrue(alice.api().device(serial).isEmpty());
        assertEquals("SET_UP", bob.api().device(serial).orElseThrow().getString("status"));
        assertEquals(
                "1", fixtureText("GET", "device-record?audit=" + after.getInt("id")), "the change of hands is audited");
    }

    @Test
    void aRegistrationToAnotherCustomerReleasesTheDeviceAndDestroysItsTokens() {
        Linked alice = linkedMember("alice");
        String second = SandboxDevices.freshCustomer("SECOND");
        String serial = registeredTo(alice.customer());
        assertEquals(201, alice.api().setUp(MODEL, serial).statusCode());
        JsonObject held = record(serial);

        amazon.notify("DeviceRegisteredNotification", MODEL, serial, second);

        JsonObject moved = Await.present(
                () -> Optional.of(record(serial)).filter(r -> second.equals(r.getString("customer", null))));
        assertFalse(moved.containsKey("memberId"), moved.toString());
        // The sandbox profile pushes an exchange for the new registration: tokens may be there again, never Alice's.
        assertNotEquals(
                held.getString("sealedSha256"),
                moved.getString("sealedSha256", "none"),
                "no token of the old member's survives");
        assertTrue(alice.api().device(serial).isEmpty());
        assertEquals("1", fixtureText("GET", "device-record?audit=" + moved.getInt("id")));
        assertEquals(
                "NOT_PRE_REGISTERED",
                json(alice.api().setUp(MODEL, serial)).getString("outcome"),
                "no longer Alice's customer's: she gets the teaser like anyone");
    }

    @Test
    void aNotificationOtherThanRegistrationForAnUnknownDeviceCreatesNoDeviceAndWaitsForItsRegistration() {
        String serial = SandboxDevices.freshSerial();
        String customer = SandboxDevices.freshCustomer("ORDER");

        amazon.notify("OrderPlacedNotification", MODEL, serial, customer);

        Await.present(() -> Optional.of(fixtureText("GET", "device-record?parked=" + serial))
                .filter("1"::equals));
        assertEquals(404, fixtureStatus("device-record?serial=" + serial));

        // SNS does not promise order: the registration that comes later applies the notification that waited for it.
        amazon.notify("DeviceRegisteredNotification", MODEL, serial, customer);

        JsonObject registered = Await.present(() -> Optional.of(fixtureText("GET", "device-record?parked=" + serial))
                .filter("0"::equals)
                .map(parked -> record(serial)));
        assertEquals(2, registered.getInt("events"), registered.toString());
    }

    @Test
    void aParkedNotificationIsAppliedExactlyOnceAfterItsModelIsAdded() {
        String model = "KKH_IT_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String serial = "IT-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        amazon.notify("DeviceRegisteredNotification", model, serial, SandboxDevices.freshCustomer("PARKED"));
        Await.present(() -> Optional.of(fixtureText("GET", "device-record?parked=" + serial))
                .filter("1"::equals));
        String reason = admin.parkedReasons().getValuesAs(JsonObject.class).stream()
                .map(group -> group.getString("reason"))
                .filter(text -> text.contains(model))
                .findFirst()
                .orElseThrow();

        HttpResponse<String> added = admin.put(
                "/device-models/" + model,
                Json.createObjectBuilder()
                        .add("displayName", "IT model")
                        .add("serialNumberPattern", "IT-[0-9]{8}")
                        .add("asins", Json.createArrayBuilder())
                        .add("sampleSerials", Json.createArrayBuilder().add(serial))
                        .build()
                        .toString());
        assertEquals(201, added.statusCode(), added.body());
        HttpResponse<String> reprocessed = admin.post(
                "/sns/parked/reprocess",
                Json.createObjectBuilder().add("reason", reason).build().toString());
        HttpResponse<String> again = admin.post(
                "/sns/parked/reprocess",
                Json.createObjectBuilder().add("reason", reason).build().toString());

        assertEquals(200, reprocessed.statusCode(), reprocessed.body());
        assertEquals(1, AdminApi.json(reprocessed).getInt("applied"));
        assertEquals(0, AdminApi.json(again).getInt("applied"));
        assertEquals("0", fixtureText("GET", "device-record?parked=" + serial));
        assertEquals(1, record(serial).getInt("events"), "applied exactly once");
        assertEquals(
                404, admin.post("/sns/parked/no-such-message/reprocess", "{}").statusCode());
        HttpResponse<String> formPost =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/api/admin/sns/parked/reprocess"))
                        .header("Authorization", AdminPages.basicAuthorization())
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("reason=x"))
                        .build());
        assertEquals(415, formPost.statusCode(), "what a cross-site form can send is refused");
    }

    @Test
    void aMemberRemovesADeviceAndItsTokensAreDestroyed() {
        Linked linked = linkedMember("alice");
        String serial = registeredTo(linked.customer());
        MemberApi alice = linked.api();
        MemberApi bob = member("bob");
        assertEquals(201, alice.setUp(MODEL, serial).statusCode());

        assertEquals(204, alice.remove(MODEL, serial).statusCode());

        JsonObject released = record(serial);
        assertFalse(released.containsKey("memberId"), released.toString());
        assertFalse(released.getBoolean("hasTokens"));
        assertTrue(alice.device(serial)
                .map(listed -> !listed.getBoolean("setUpOnThisAccount"))
                .orElse(true));
        assertEquals("1", fixtureText("GET", "device-record?audit=" + released.getInt("id")));
        // Amazon's DeviceDeregisteredNotification follows: no longer registered to Alice's Amazon account, not listed
        Await.present(() -> Optional.of(alice.device(serial).isEmpty()).filter(gone -> gone));
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
        Linked other = linkedMember("other");
        assertEquals(
                201,
                other.api().setUp(MODEL, registeredTo(other.customer())).statusCode(),
                "the limit is the member's, not everyone's");
    }

    @Test
    void aRefreshWhoseAnswerIsLostLeavesTheDeviceWorking() {
        Linked linked = linkedMember("alice");
        String serial = registeredTo(linked.customer());
        MemberApi alice = linked.api();
        assertEquals(201, alice.setUp(MODEL, serial).statusCode());
        JsonObject before = record(serial);
        // Scoped to refreshes: a grant of another test's device meanwhile neither spends the fault nor counts
        long requestsBefore = faults.requests("LWA_TOKEN:refresh_token");
        faults.inject(
                "LWA_TOKEN",
                "{\"dropConnection\":true,\"times\":1,\"afterProcessing\":true,\"grantType\":\"refresh_token\"}");

        assertFalse(admin.refresh(before.getInt("id")), "Amazon refreshed, but its answer was cut");

        assertEquals(
                1,
                faults.requests("LWA_TOKEN:refresh_token") - requestsBefore,
                "a refresh that may have reached Amazon is not repeated");
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
        Linked linked = linkedMember("alice");
        String serial = registeredTo(linked.customer());
        MemberApi alice = linked.api();
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

    /** A member and the Amazon customer Kakehashi knows them as (their linked buyerId, set here by the fixture). */
    private record Linked(String email, String customer, MemberApi api) {}

    private Linked linkedMember(String prefix) {
        String email = ShopPages.newMember(prefix, "会員 " + prefix, PASSWORD);
        String customer = SandboxDevices.freshCustomer(prefix.toUpperCase());
        link(email, customer);
        return new Linked(email, customer, new MemberApi(http, email, PASSWORD));
    }

    private void link(String email, String customer) {
        records().link(email, customer);
    }

    private String registeredTo(String customer) {
        return records().registeredTo(customer);
    }

    private JsonObject record(String serial) {
        return records().record(serial);
    }

    private String fixtureText(String method, String path) {
        return records().text(method, path);
    }

    private int fixtureStatus(String path) {
        return records().status(path);
    }

    private DeviceRecordFixtureClient records() {
        return new DeviceRecordFixtureClient(http, fixture);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
