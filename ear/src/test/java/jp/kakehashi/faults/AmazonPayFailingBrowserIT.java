package jp.kakehashi.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.EarlyInTheMainLane;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SandboxFaults;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Amazon Pay's Get Buyer failing while a member signs in with Amazon (the sandbox's faults): an answer slower than
 * the read timeout and a connection cut mid-answer are retried once and the shopper signs in; an Amazon that stays slow
 * or answers 503 shows the "Amazon is unavailable" page, with at most three calls per sign-in; the circuit breaker
 * opens (sign-ins stop reaching Amazon) and, once Amazon answers and its delay (30 s) has passed, closes.
 */
@EarlyInTheMainLane
class AmazonPayFailingBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final int CALLS_PER_SIGN_IN = 3;

    private final Http http = new Http();
    private final SandboxFaults faults = new SandboxFaults(http);
    private WebDriver browser;

    @AfterEach
    void clearFaults() {
        faults.clearAll();
    }

    @Test
    void aSlowAnswerOrACutConnectionIsRetriedOnceAndTheShopperSignsIn() {
        String buyer = registeredBuyer();

        for (String fault :
                new String[] {"{\"latencyMillis\":5000,\"times\":1}", "{\"dropConnection\":true,\"times\":1}"}) {
            inject(fault);
            long before = getBuyerRequests();
            signInWithAmazon(buyer);
            waitFor(By.id("member-welcome"));
            assertEquals(2, getBuyerRequests() - before, "one failed call and one retry for " + fault);
            signOut();
        }
    }

    @Test
    void anAmazonThatStaysSlowShowsTheUnavailablePageAfterBoundedRetries() {
        String buyer = registeredBuyer();
        inject("{\"latencyMillis\":6000}");

        long before = getBuyerRequests();
        signInWithAmazon(buyer);

        waitFor(By.id("amazon-unavailable"));
        assertTrue(
                getBuyerRequests() - before <= CALLS_PER_SIGN_IN, "retries bounded: " + (getBuyerRequests() - before));
        assertNotSignedIn();
    }

    @Test
    void theBreakerOpensWhileGetBuyerFailsAndClosesWhenAmazonAnswersAgain() {
        String buyer = registeredBuyer();
        inject("{\"status\":503}");

        int signIns = 0;
        boolean open = false;
        while (!open && signIns < 8) {
            long before = getBuyerRequests();
            signInWithAmazon(buyer);
            waitFor(By.id("amazon-unavailable"));
            long calls = getBuyerRequests() - before;
            signIns++;
            assertTrue(calls <= CALLS_PER_SIGN_IN, "retries bounded: " + calls + " calls");
            assertNotSignedIn();
            open = calls == 0;
        }
        assertTrue(open, "the breaker did not open after " + signIns + " failing sign-ins");

        faults.clearAll();
        // The breaker's delay: try every 3 s, each try one sign-in through it
        Await.present(
                () -> {
                    signInWithAmazon(buyer);
                    return Optional.of(waitFor(By.cssSelector("#member-welcome, #amazon-unavailable"))
                                    .getAttribute("id"))
                            .filter("member-welcome"::equals);
                },
                Duration.ofSeconds(90),
                Duration.ofSeconds(3));
    }

    /** A member registered with Amazon (over HTTP: AmazonSignInBrowserIT walks it), and the browser open. */
    private String registeredBuyer() {
        JsonObject buyer = ShopPages.newAmazonBuyer(http, "pay-tester");
        AmazonCustomer.register(http, buyer, null);
        browser = browsers.open("ja");
        return buyer.getString("key");
    }

    private void signInWithAmazon(String buyer) {
        browser.get(KakehashiServer.baseUrl() + "/shop/login.xhtml");
        ShopPages.signInAtAmazon(browser, "amazon-signin-login", buyer);
    }

    private void assertNotSignedIn() {
        browser.get(KakehashiServer.baseUrl() + "/member/index.xhtml");
        waitFor(By.id("nav-login"));
        assertTrue(browser.findElements(By.id("member-welcome")).isEmpty(), "nobody signed in");
    }

    private void signOut() {
        waitFor(By.id("signout:submit")).click();
        waitFor(By.id("nav-login"));
    }

    private void inject(String fault) {
        faults.inject("GET_BUYER", fault);
    }

    private long getBuyerRequests() {
        return faults.requests("GET_BUYER");
    }

    private WebElement waitFor(By locator) {
        return Browser.waitFor(browser, locator);
    }
}
