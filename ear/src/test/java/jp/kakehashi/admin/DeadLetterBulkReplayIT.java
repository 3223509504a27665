package jp.kakehashi.admin;

import static jp.kakehashi.testsupport.AdminPages.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import jp.kakehashi.admin.fixture.DeadLetterFixture;
import jp.kakehashi.sns.messaging.SnsNotificationMessages;
import jp.kakehashi.testsupport.AdminApi;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SharedResources;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Dead letters replayed in bulk, on the admin API and the queues page: the chosen ones (by id or by a filter) go back
 * onto their queue and are processed exactly once, the others stay; each batch is one audit entry naming its ids;
 * malformed requests are refused with a reason and change nothing. A test-only servlet puts genuine notifications on the
 * exception destination as the engine would, and reads the database independently of the console. Other tests may
 * have dead letters of their own on the queue: every check here names its own messages.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(SharedResources.DEAD_LETTERS)
class DeadLetterBulkReplayIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final String DLQ = "SnsInboundQueue.DLQ";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestArchives.war("bulk-replay-fixture.war")
                .addClasses(DeadLetterFixture.class, SnsNotificationMessages.class);
    }

    @ArquillianResource
    private URL fixture;

    private final Http http = new Http();
    private final AdminApi api = new AdminApi(http);

    /** A dead letter of this test: its serial, SNS MessageId and JMS message id. */
    private record DeadLetter(String serial, String snsMessageId, String jmsMessageId) {}

    @BeforeEach
    void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void theApiReplaysTheChosenIdsAndAFilteredSetInTheBackgroundAndAuditsEachBatch() {
        DeadLetter first = seed();
        DeadLetter second = seed();
        DeadLetter third = seed();

        HttpResponse<String> preview =
                api.post("/queues/" + DLQ + "/replays/preview", "{\"serialNumber\":\"" + first.serial() + "\"}");
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(1, AdminApi.json(preview).getInt("matching"), "the filter takes exactly that message");
        assertEquals("0 0", stored(first), "a preview changes nothing");

        HttpResponse<String> started = api.post(
                "/queues/" + DLQ + "/replays",
                "{\"messageIds\":[\"" + second.jmsMessageId() + "\",\"" + third.jmsMessageId() + "\"]}");
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/api/admin/queues/" + DLQ + "/replays/"), location);
        JsonObject done = awaitFinished(location);
        assertEquals(2, done.getInt("total"));
        assertEquals(2, done.getInt("replayed"));
        assertEquals(0, done.getInt("gone"));
        assertEquals("admin", done.getString("requestedBy"));
        awaitStored(second);
        awaitStored(third);
        assertEquals("0 0", stored(first), "not chosen: still dead-lettered");

        JsonObject filtered =
                awaitFinished(api.post("/queues/" + DLQ + "/replays", "{\"serialNumber\":\"" + first.serial() + "\"}")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow());
        assertEquals(1, filtered.getInt("replayed"), filtered.toString());
        awaitStored(first);

        // Chosen again: they are no longer there, and nothing is replayed twice
        JsonObject again = awaitFinished(
                api.post("/queues/" + DLQ + "/replays", "{\"messageIds\":[\"" + second.jmsMessageId() + "\"]}")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow());
        assertEquals(0, again.getInt("total"), "chosen when asked for: it had already left the exception destination");
        assertEquals("1 1", stored(second));
    }

    @Test
    void malformedOrMisdirectedReplaysAreRefusedWithAReasonAndChangeNothing() {
        DeadLetter dead = seed();

        assertRefused(409, api.post("/queues/SnsInboundQueue/replays", "{}"), "only an exception destination");
        assertRefused(404, api.post("/queues/NotOurs/replays", "{}"), "no queue of Kakehashi's");
        assertRefused(
                400,
                api.post("/queues/" + DLQ + "/replays", "{\"messageIds\":[\"ID:x' OR '1'='1\"]}"),
                "Not a message id");
        assertRefused(
                400,
                api.post(
                        "/queues/" + DLQ + "/replays",
                        "{\"putFrom\":\"2026-12-05T10:00:00Z\",\"putTo\":\"2026-12-05T09:00:00Z\"}"),
                "ends before it begins");
        assertRefused(
                400,
                api.post(
                        "/queues/" + DLQ + "/replays",
                        "{\"messageIds\":[\"" + dead.jmsMessageId() + "\"],\"serialNumber\":\"x\"}"),
                "not both");
        assertEquals(400, api.post("/queues/" + DLQ + "/replays", "{not json").statusCode());
        assertEquals(404, api.get("/queues/" + DLQ + "/replays/999999999").statusCode());
        assertEquals("0 0", stored(dead), "nothing was replayed");
    }

    @Test
    void anAdminTicksMessagesOrFiltersThemConfirmsTheCountAndFollowsTheReplay() {
        DeadLetter ticked = seed();
        DeadLetter alsoTicked = seed();
        DeadLetter filtered = seed();

        WebDriver browser = browsers.open("ja");
        AdminPages.signIn(browser);
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(KakehashiServer.baseUrl() + "/admin/queues.xhtml?name=" + DLQ);
        choose(browser, ticked);
        choose(browser, alsoTicked);
        Browser.submit(browser, browser.findElement(By.id("chosen:replay-chosen")));
        assertTrue(
                waitFor(browser, By.id("replay-count")).getText().startsWith("2 件のメッセージを SnsInboundQueue に再投入しますか"),
                browser.findElement(By.id("replay-count")).getText());
        assertAccessible(browser, "the confirmation in Japanese at 360 px");
        Browser.submit(browser, browser.findElement(By.id("replay-confirm:confirm")));
        followToTheEnd(browser, "完了");
        assertAccessible(browser, "the replay's page in Japanese at 360 px");
        awaitStored(ticked);
        awaitStored(alsoTicked);
        assertEquals("0 0", stored(filtered), "not ticked: still dead-lettered");

        WebDriver english = browsers.open("en-US");
        AdminPages.signIn(english);
        english.get(KakehashiServer.baseUrl() + "/admin/queues.xhtml?name=" + DLQ);
        waitFor(english, By.id("replay-filter:serial")).sendKeys(filtered.serial());
        Browser.submit(english, english.findElement(By.id("replay-filter:review")));
        assertTrue(
                waitFor(english, By.id("replay-count")).getText().startsWith("Replay 1 message onto SnsInboundQueue?"),
                english.findElement(By.id("replay-count")).getText());
        assertAccessible(english, "the confirmation in English");
        Browser.submit(english, english.findElement(By.id("replay-confirm:confirm")));
        followToTheEnd(english, "Finished");
        awaitStored(filtered);

        english.get(KakehashiServer.baseUrl() + "/admin/audit.xhtml");
        String audit = waitFor(english, By.id("audit")).getText();
        assertTrue(
                audit.contains("2 messages replayed onto SnsInboundQueue")
                        && audit.contains(ticked.jmsMessageId())
                        && audit.contains(alsoTicked.jmsMessageId()),
                "one audit entry names both ticked messages: " + audit);
        assertTrue(audit.contains(filtered.jmsMessageId()), audit);

        english.get(KakehashiServer.baseUrl() + "/admin/queues.xhtml?name=" + DLQ);
        Browser.submit(english, waitFor(english, By.id("chosen:replay-chosen")));
        assertTrue(AdminPages.messageContaining(english, "Tick").contains("Tick the messages to replay first."));
    }

    private static void choose(WebDriver browser, DeadLetter dead) {
        WebElement row = waitFor(
                browser,
                By.xpath("//table[@id='chosen:queue-messages']//tr[.//a[normalize-space()='" + dead.jmsMessageId()
                        + "']]"));
        row.findElement(By.cssSelector("input[type=checkbox]")).click();
    }

    /** The replay's page, reloaded until it says the replay has finished (its script may update it sooner). */
    private static void followToTheEnd(WebDriver browser, String finished) {
        waitFor(browser, By.id("replay-state"));
        Browser.until(browser, "the replay finishes", page -> {
            if (page.findElement(By.id("replay-state")).getText().startsWith(finished)) {
                return true;
            }
            page.navigate().refresh();
            return null;
        });
    }

    private static void assertAccessible(WebDriver browser, String where) {
        List<Rule> violations = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser)
                .getViolations();
        assertEquals(
                "",
                violations.stream()
                        .map(rule -> rule.getId() + ": " + rule.getHelp())
                        .collect(Collectors.joining("\n")),
                where);
        Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow.intValue(), where + ": the page scrolls sideways");
    }

    private static void assertRefused(int status, HttpResponse<String> response, String reason) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(AdminApi.json(response).getString("error").contains(reason), response.body());
    }

    private JsonObject awaitFinished(String location) {
        URI progress = URI.create(location);
        return Await.present(() -> {
            HttpResponse<String> answer = api.get(progress.getPath().substring("/api/admin".length()));
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject json = AdminApi.json(answer);
            return json.getString("state").equals("RUNNING") ? Optional.empty() : Optional.of(json);
        });
    }

    private DeadLetter seed() {
        String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String[] ids = http.send(HttpRequest.newBuilder(fixtureUri("fixture?serial=" + serial))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build())
                .body()
                .split(" ");
        return new DeadLetter(serial, ids[0], ids[1]);
    }

    private URI fixtureUri(String path) {
        return URI.create(fixture.toString() + path);
    }

    private String stored(DeadLetter dead) {
        return http.send(HttpRequest.newBuilder(
                                fixtureUri("fixture?stored=" + dead.snsMessageId() + "&serial=" + dead.serial()))
                        .GET()
                        .build())
                .body()
                .strip();
    }

    private void awaitStored(DeadLetter dead) {
        Await.present(() -> Optional.of(stored(dead)).filter("1 1"::equals));
    }
}
