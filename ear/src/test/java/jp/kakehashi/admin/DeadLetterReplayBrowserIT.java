package jp.kakehashi.admin;

import static jp.kakehashi.testsupport.AdminPages.messageContaining;
import static jp.kakehashi.testsupport.AdminPages.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A dead-lettered notification replayed from the admin console is processed exactly once, and the depth the queues
 * page shows is the depth the engine's QueueMBean reports; deleting one message and purging the queue, each confirmed. A test-only servlet, deployed beside Kakehashi, plays the
 * engine that dead-lettered the message and reads the MBean and the database independently of the console.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(SharedResources.DEAD_LETTERS)
class DeadLetterReplayBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final String DLQ = "SnsInboundQueue.DLQ";
    private static final String LIVE_QUEUE = "SnsInboundQueue";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestArchives.war("dead-letter-fixture.war")
                .addClasses(DeadLetterFixture.class, SnsNotificationMessages.class);
    }

    @ArquillianResource
    private URL fixture;

    private final Http http = new Http();
    private WebDriver browser;

    @Test
    void aReplayedDeadLetterIsProcessedExactlyOnceAndTheDepthShownIsTheEngines() {
        KakehashiServer.awaitReady();
        String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String[] seeded = http.send(HttpRequest.newBuilder(fixtureUri("fixture?serial=" + serial))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build())
                .body()
                .split(" ");
        String snsMessageId = seeded[0];
        String jmsMessageId = seeded[1];
        assertEquals("0 0", stored(snsMessageId, serial), "dead-lettered: not processed");

        browser = browsers.open("en-US");
        AdminPages.signIn(browser);
        browser.get(KakehashiServer.baseUrl() + "/admin/queues.xhtml?name=" + DLQ);
        long shown = Long.parseLong(waitFor(browser, By.id("selected-depth")).getText());
        assertEquals(engineDepth(DLQ), shown, "the console shows the engine's depth");
        assertTrue(browser.findElement(By.id("chosen:queue-messages")).getText().contains(serial));

        browser.findElement(By.linkText(jmsMessageId)).click();
        assertTrue(
                waitFor(browser, By.id("body")).getText().contains("\"serialNumber\": \"" + serial + "\""),
                "pretty-printed body");
        assertTrue(browser.findElement(By.id("properties")).getText().contains(snsMessageId));
        browser.findElement(By.id("actions:replay")).click();
        waitFor(browser, By.id("actions:confirm")).click();
        assertTrue(messageContaining(browser, "back on its queue").contains("The message is back on its queue."));

        awaitStored(snsMessageId, serial);
        assertEquals(shown - 1, engineDepth(DLQ), "taken off the exception destination");
        browser.get(KakehashiServer.baseUrl() + "/admin/audit.xhtml");
        assertTrue(auditedActions().contains("REPLAY_MESSAGE"));

        // Nothing more arrives later: still exactly one record.
        Await.holdsFor(Duration.ofSeconds(2), "exactly one record", () -> "1 1".equals(stored(snsMessageId, serial)));
    }

    @Test
    void aDeadLetterIsDeletedAndTheExceptionDestinationPurgedEachAfterConfirmation() {
        KakehashiServer.awaitReady();
        String[] first = seed();
        String[] second = seed();
        String[] third = seed();

        browser = browsers.open("en-US");
        AdminPages.signIn(browser);
        browser.get(KakehashiServer.baseUrl() + "/admin/queues.xhtml?name=" + DLQ);
        browser.findElement(By.linkText(first[1])).click();
        waitFor(browser, By.id("actions:delete")).click();
        Browser.submit(browser, waitFor(browser, By.id("actions:cancel")));
        assertTrue(waitFor(browser, By.id("actions:delete")).isDisplayed(), "cancelled: nothing happened");
        browser.findElement(By.id("actions:delete")).click();
        waitFor(browser, By.id("actions:confirm")).click();
        assertTrue(messageContaining(browser, "deleted").contains("The message was deleted."));
        assertFalse(waitFor(browser, By.id("queue")).getText().contains(first[1]), "gone from the list");

        waitFor(browser, By.id("purge:request")).click();
        waitFor(browser, By.id("purge:confirm")).click();
        assertTrue(messageContaining(browser, "Messages deleted").matches("(?s).*Messages deleted: [1-9][0-9]*.*"));
        assertEquals(0, engineDepth(DLQ), "the engine's exception destination is empty");
        assertEquals("0", waitFor(browser, By.id("selected-depth")).getText());
        browser.get(KakehashiServer.baseUrl() + "/admin/audit.xhtml");
        java.util.List<String> audit = auditedActions();
        assertTrue(audit.contains("DELETE_MESSAGE") && audit.contains("PURGE_QUEUE"), audit.toString());
        String auditText = browser.findElement(By.id("audit")).getText();
        assertTrue(auditText.contains(first[1]), "the deleted message's id is audited: " + auditText);
        assertTrue(
                auditText.contains(second[1]) && auditText.contains(third[1]),
                "the purge's audit names every purged message: " + auditText);
    }

    @Test
    void theLiveQueueIsNeverPurgedNeitherOnThePageNorByTheApi() {
        KakehashiServer.awaitReady();
        long depthBefore = engineDepth(LIVE_QUEUE);
        browser = browsers.open("en-US");
        AdminPages.signIn(browser);
        browser.get(KakehashiServer.baseUrl() + "/admin/queues.xhtml?name=" + LIVE_QUEUE);
        waitFor(browser, By.id("selected-depth"));
        assertTrue(browser.findElements(By.id("purge:request")).isEmpty(), "no purge offered for the live queue");

        AdminApi api = new AdminApi(http);
        HttpResponse<String> refused = api.post("/queues/" + LIVE_QUEUE + "/purge", "{}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(
                AdminApi.json(refused).getString("error").contains("only an exception destination can be purged"),
                refused.body());
        assertEquals(404, api.post("/queues/NotOurs/purge", "{}").statusCode());
        assertEquals(depthBefore, engineDepth(LIVE_QUEUE), "the live queue is as it was");

        String[] dead = seed();
        HttpResponse<String> purged = api.post("/queues/" + DLQ + "/purge", "{}");
        assertEquals(200, purged.statusCode(), purged.body());
        assertTrue(AdminApi.json(purged).getInt("purged") >= 1, purged.body());
        assertEquals(0, engineDepth(DLQ));
        browser.get(KakehashiServer.baseUrl() + "/admin/audit.xhtml");
        waitFor(browser, By.id("audit"));
        java.util.List<String> targets = browser.findElements(By.cssSelector("#audit .audit-target")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
        assertFalse(targets.contains(LIVE_QUEUE), "nothing was done to the live queue: " + targets);
        assertTrue(browser.findElement(By.id("audit")).getText().contains(dead[1]), "the API's purge names the id too");
    }

    /** The audit page's actions, as the page marks them (it shows them in the page's language). */
    private java.util.List<String> auditedActions() {
        waitFor(browser, By.id("audit"));
        return browser.findElements(By.cssSelector("#audit .audit-action")).stream()
                .map(action -> action.getAttribute("data-action"))
                .toList();
    }

    /** A notification on the exception destination: its SNS MessageId and its JMS message id. */
    private String[] seed() {
        String serial = "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        return http.send(HttpRequest.newBuilder(fixtureUri("fixture?serial=" + serial))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build())
                .body()
                .split(" ");
    }

    private URI fixtureUri(String path) {
        return URI.create(fixture.toString() + path);
    }

    private long engineDepth(String queue) {
        HttpResponse<String> depth = http.send(HttpRequest.newBuilder(fixtureUri("fixture?depth=" + queue))
                .GET()
                .build());
        assertEquals(200, depth.statusCode(), depth.body());
        return Long.parseLong(depth.body().strip());
    }

    private String stored(String snsMessageId, String serial) {
        return http.send(HttpRequest.newBuilder(fixtureUri("fixture?stored=" + snsMessageId + "&serial=" + serial))
                        .GET()
                        .build())
                .body()
                .strip();
    }

    private void awaitStored(String snsMessageId, String serial) {
        Await.present(() -> Optional.of(stored(snsMessageId, serial)).filter("1 1"::equals));
    }
}
