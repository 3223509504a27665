package jp.kakehashi.drs;

import static jp.kakehashi.testsupport.SandboxDevices.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import jp.kakehashi.drs.fixture.DeviceRecordFixture;
import jp.kakehashi.drs.fixture.DeviceRecordFixtureClient;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.SandboxDevices;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A set-up device's DeviceStatus to Amazon: the first soon after setup, then one a day (drs.device-status.*). The test
 * server sends the first within seconds; the day stays a day, so "daily" is read where Kakehashi plans it (a test-only
 * servlet reads the database beside Kakehashi) and shown by a later run of the timer that leaves the device alone.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceStatusDailyIT {

    private static final String PASSWORD = "device status password";
    private static final String SLOT = "coffee-beans";
    /** drs.device-status.interval, which the test server keeps at production's value. */
    private static final Duration DAY = Duration.ofHours(24);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestArchives.war("device-status-fixture.war").addClasses(DeviceRecordFixture.class);
    }

    @ArquillianResource
    private URL fixture;

    private final Http http = new Http();
    private final SandboxDevices sandbox = new SandboxDevices(http);

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void aSetUpDeviceReportsItsDeviceStatusSoonAfterSetupThenDaily() {
        Instant beforeSetup = Instant.now();
        Device device = setUpDevice();
        String serial = device.serial();
        device.api().reportSlot(MODEL, serial, SLOT, "90", "100");

        // The test server spreads a new device's first DeviceStatus over seconds (drs.device-status.first-within) and
        // runs
        // the timer every few seconds (drs.timers.period); production, over a day and every minute
        JsonObject status = Await.present(() -> sandbox.deviceStatus(serial), Duration.ofMinutes(1));
        Instant reported = Instant.now();
        assertEquals(1, status.getInt("reports"));
        assertTrue(status.getString("mostRecentlyActiveDate").startsWith("20"), status.toString());

        // Daily: the run that sent it planned the next one a day after itself
        DeviceRecordFixtureClient records = new DeviceRecordFixtureClient(http, fixture);
        Instant due = Await.until(
                () -> records.statusDue(serial),
                next -> next.isAfter(reported),
                Await.DEFAULT,
                Duration.ofMillis(200),
                next -> "the next DeviceStatus still due at " + next);
        assertTrue(
                !due.isBefore(beforeSetup.plus(DAY)) && !due.isAfter(reported.plus(DAY)),
                "the next DeviceStatus due a day after the first (between " + beforeSetup.plus(DAY) + " and "
                        + reported.plus(DAY) + "): " + due);

        // Daily, not once a run: a device set up afterwards reports only in a later run, which found the first device
        // not due again
        Device later = setUpDevice();
        Await.present(() -> sandbox.deviceStatus(later.serial()), Duration.ofMinutes(1));
        assertEquals(1, sandbox.deviceStatus(serial).orElseThrow().getInt("reports"), "one a day, not one a run");
        assertEquals(due, records.statusDue(serial), "still planned a day after the first");
    }

    private record Device(MemberApi api, String serial) {}

    /** A device set up through the proof path, by the customer Amazon registered it to (docs/design.md). */
    private Device setUpDevice() {
        AmazonCustomer customer = AmazonCustomer.register(http, PASSWORD);
        String serial = customer.deviceSetUpByMe(http);
        return new Device(customer.api(http), serial);
    }
}
