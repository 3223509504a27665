package jp.kakehashi.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import jp.kakehashi.testsupport.AmazonCustomer;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.SandboxFaults;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Sign in with Amazon in a real browser, through the sandbox's checkout.js and hosted page (Amazon Pay's Amazon Sign-in guide): register with
 * Amazon, log in with Amazon, the login-failure page and linking with the password, a buyerId linked elsewhere,
 * unlinking, the gift-card buyer, replayed and tampered return URLs, and Amazon failing.
 * Each test signs in with Amazon accounts of its own, copied in the sandbox from its test buyers.
 */
class AmazonSignInBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private final Http http = new Http();

    @AfterEach
    void clearFaults() {
        new SandboxFaults(http).clearAll();
    }

    @Test
    void registerWithAmazonThenLogInWithAmazon() {
        String buyer = ShopPages.newAmazonBuyer(http, "pay-tester").getString("key");
        WebDriver browser = open();

        browser.get(url("/shop/register.xhtml"));
        ShopPages.signInAtAmazon(browser, "amazon-signin-register", buyer);

        waitFor(browser, By.id("prefilled"));
        assertEquals("Pay Tester", value(browser, "register:name"));
        assertEquals("153-0064", value(browser, "register:postalCode"));
        assertEquals(
                "TOKYO",
                new Select(browser.findElement(By.id("register:prefecture")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"));
        assertEquals("目黒区下目黒1-8-1 メゾン・コート 101号", value(browser, "register:line1"));
        assertEquals("141-0021", value(browser, "register:billingPostalCode"));
        browser.findElement(By.id("register:submit")).click();

        assertEquals(
                "Pay Tester さん、ようこそ", waitFor(browser, By.id("member-welcome")).getText());
        long amazonSignOuts = amazonSignOuts();
        signOut(browser);
        // Signing out of the shop signs the browser out of Amazon Pay too (amazon.Pay.signout(), shared computers)
        Await.present(() -> Optional.of(amazonSignOuts()).filter(count -> count > amazonSignOuts));

        browser.get(url("/shop/login.xhtml"));
        String sessionBefore =
                browser.manage().getCookieNamed("KAKEHASHI_SESSION").getValue();
        ShopPages.signInAtAmazon(browser, "amazon-signin-login", buyer);
        assertEquals(
                "Pay Tester さん、ようこそ", waitFor(browser, By.id("member-welcome")).getText());
        assertTrue(
                !sessionBefore.equals(
                        browser.manage().getCookieNamed("KAKEHASHI_SESSION").getValue()),
                "the session id changes at login");
    }

    @Test
    void aGiftCardOnlyBuyerRegistersWithoutABillingAddress() {
        String buyer = ShopPages.newAmazonBuyer(http, "gift-card-only").getString("key");
        WebDriver browser = open();

        browser.get(url("/shop/register.xhtml"));
        ShopPages.signInAtAmazon(browser, "amazon-signin-register", buyer);

        waitFor(browser, By.id("prefilled"));
        assertEquals(
                "OSAKA",
                new Select(browser.findElement(By.id("register:prefecture")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"));
        assertEquals("", value(browser, "register:billingPostalCode"));
        browser.findElement(By.id("register:submit")).click();
        assertEquals("ギフト 花子 さん、ようこそ", waitFor(browser, By.id("member-welcome")).getText());
    }

    @Test
    void scriptAndSqlTextInAmazonsBuyerFieldsStayPlainTextOnThePrefilledFormAndAfter() {
        String script =
                "<script>window.kakehashiInjected=true</script><img src=x onerror=\"window.kakehashiInjected=true\">";
        String sql = "1-1'); DROP TABLE member; --";
        String buyer = ShopPages.newAmazonBuyer(
                        http,
                        Json.createObjectBuilder()
                                .add("template", "pay-tester")
                                .add("name", script)
                                .add("addressLine1", sql)
                                .build())
                .getString("key");
        WebDriver browser = open();

        browser.get(url("/shop/register.xhtml"));
        ShopPages.signInAtAmazon(browser, "amazon-signin-register", buyer);

        waitFor(browser, By.id("prefilled"));
        assertEquals(script, value(browser, "register:name"));
        assertTrue(value(browser, "register:line1").startsWith(sql), value(browser, "register:line1"));
        assertEquals(false, injected(browser), "no script of Amazon's text ran on the form");
        browser.findElement(By.id("register:submit")).click();

        assertEquals(
                script + " さん、ようこそ", waitFor(browser, By.id("member-welcome")).getText());
        assertEquals(false, injected(browser), "nor on the member page");
        signOut(browser);
        ShopPages.registerMember(
                browser, "後続 会員", "after-" + UUID.randomUUID() + "@example.jp", "the member table is still there");
    }

    private static Object injected(WebDriver browser) {
        return ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.kakehashiInjected === true;");
    }

    @Test
    void anUnlinkedAmazonAccountIsLinkedOnlyWithTheMembersPasswordThenUnlinked() {
        String email = "member-" + UUID.randomUUID() + "@example.jp";
        WebDriver browser = open();
        registerByHand(browser, email, "correct horse battery");
        signOut(browser);

        String buyer = ShopPages.newAmazonBuyer(http, "pay-tester").getString("key");
        browser.get(url("/shop/login.xhtml"));
        ShopPages.signInAtAmazon(browser, "amazon-signin-login", buyer);
        waitFor(browser, By.id("login-failed"));
        assertTrue(browser.findElement(By.id("register-with-amazon")).isDisplayed());

        browser.findElement(By.id("link:email")).sendKeys(email);
        browser.findElement(By.id("link:password")).sendKeys("wrong password");
        Browser.submit(browser, browser.findElement(By.id("link:submit")));
        assertTrue(waitFor(browser, By.id("messages")).getText().contains("正しくありません"));

        browser.findElement(By.id("link:email")).clear();
        browser.findElement(By.id("link:email")).sendKeys(email);
        browser.findElement(By.id("link:password")).clear();
        browser.findElement(By.id("link:password")).sendKeys("correct horse battery");
        browser.findElement(By.id("link:submit")).click();
        waitFor(browser, By.id("amazon-linked"));
        signOut(browser);

        browser.get(url("/shop/login.xhtml"));
        ShopPages.signInAtAmazon(browser, "amazon-signin-login", buyer);
        waitFor(browser, By.id("member-welcome"));

        browser.get(url("/member/account.xhtml"));
        waitFor(browser, By.id("unlink:submit")).click();
        browser.switchTo().alert().accept();
        waitFor(browser, By.id("amazon-not-linked"));
    }

    @Test
    void anAmazonAccountLinkedToAnotherMemberIsRefused() {
        JsonObject amazonBuyer = ShopPages.newAmazonBuyer(http, "pay-tester");
        String buyer = amazonBuyer.getString("key");
        AmazonCustomer.register(http, amazonBuyer, null);

        WebDriver second = open();
        ShopPages.signedInMember(
                second, "手入力 太郎", "other-" + UUID.randomUUID() + "@example.jp", "another good password");
        second.get(url("/member/account.xhtml"));
        ShopPages.signInAtAmazon(second, "amazon-signin-link", buyer);

        assertTrue(waitFor(second, By.id("messages")).getText().contains("別の会員と連携"), second.getPageSource());
        waitFor(second, By.id("amazon-not-linked"));
    }

    @Test
    void aReturnUrlReplayedInAnotherBrowserOrTamperedLogsNobodyIn() {
        JsonObject amazonBuyer = ShopPages.newAmazonBuyer(http, "pay-tester");
        String buyer = amazonBuyer.getString("key");
        AmazonCustomer.register(http, amazonBuyer, null);
        WebDriver browser = open();

        // The return URL Amazon would send this browser to: its button's signInReturnUrl plus a fresh buyerToken.
        browser.get(url("/shop/login.xhtml"));
        String payload = waitFor(browser, By.id("amazon-signin-login")).getDomAttribute("data-payload");
        String returnUrl =
                Json.createReader(new StringReader(payload)).readObject().getString("signInReturnUrl") + "&buyerToken="
                        + buyerToken(buyer);

        WebDriver attacker = open();
        attacker.get(returnUrl);
        assertTrue(waitFor(attacker, By.id("messages")).getText().contains("有効期限が切れたか"));
        attacker.get(url("/member/index.xhtml"));
        assertTrue(attacker.getCurrentUrl().contains("/shop/login.xhtml"), attacker.getCurrentUrl());

        browser.get(returnUrl.replaceAll("state=[^&]+", "state=forged"));
        assertTrue(waitFor(browser, By.id("messages")).getText().contains("有効期限が切れたか"));

        browser.get(returnUrl);
        waitFor(browser, By.id("member-welcome"));
        signOut(browser);
        browser.get(returnUrl);
        assertTrue(waitFor(browser, By.id("messages")).getText().contains("有効期限が切れたか"), "a return URL works once");
    }

    @Test
    void whenAmazonFailsTheShopperSeesAClearPageAndNothingIsStored() {
        String buyer = ShopPages.newAmazonBuyer(http, "pay-tester").getString("key");
        WebDriver browser = open();
        injectGetBuyerFault("{\"latencyMillis\":0,\"status\":503,\"dropConnection\":false,\"times\":0}");

        browser.get(url("/shop/register.xhtml"));
        ShopPages.signInAtAmazon(browser, "amazon-signin-register", buyer);

        waitFor(browser, By.id("amazon-unavailable"));
        assertTrue(browser.getCurrentUrl().contains("/shop/amazon-unavailable.xhtml"));
        new SandboxFaults(http).clearAll();

        // No member was created for that Amazon account: logging in with it now finds none.
        browser.get(url("/shop/login.xhtml"));
        ShopPages.signInAtAmazon(browser, "amazon-signin-login", buyer);
        waitFor(browser, By.id("login-failed"));
    }

    private void registerByHand(WebDriver browser, String email, String password) {
        ShopPages.registerMember(browser, "手入力 太郎", email, password);
    }

    private void injectGetBuyerFault(String fault) {
        new SandboxFaults(http).inject("GET_BUYER", fault);
    }

    private WebDriver open() {
        return browsers.open("ja");
    }

    /** A buyerToken as the hosted page would hand out, from the sandbox's control API. */
    private String buyerToken(String buyer) {
        HttpResponse<String> issued =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/pay/buyer-tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"buyer\":\"" + buyer + "\"}"))
                        .build());
        assertEquals(201, issued.statusCode(), issued.body());
        return Json.createReader(new StringReader(issued.body())).readObject().getString("buyerToken");
    }

    /** How many times amazon.Pay.signout() reached the sandbox. */
    private long amazonSignOuts() {
        String counted = http.get("/amazon-sandbox/api/sandbox/pay/signouts").body();
        return Json.createReader(new StringReader(counted))
                .readObject()
                .getJsonNumber("signouts")
                .longValue();
    }

    private static void signOut(WebDriver browser) {
        waitFor(browser, By.id("signout:submit")).click();
        waitFor(browser, By.id("nav-login"));
    }

    private static org.openqa.selenium.WebElement waitFor(WebDriver browser, By locator) {
        return Browser.waitFor(browser, locator);
    }

    private static String value(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private static String url(String path) {
        return KakehashiServer.baseUrl() + path;
    }
}
