package jp.kakehashi.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What tests do on the shop's pages as any shopper would. */
public final class ShopPages {

    private static final Pattern BUTTON_PAYLOAD =
            Pattern.compile("id=\"amazon-signin-(\\w+)\"[^>]*?data-payload=\"([^\"]*)\"", Pattern.DOTALL);

    private ShopPages() {}

    /** Registers a member by hand (no Amazon) and leaves the browser signed in on the member page. */
    public static void registerMember(WebDriver browser, String name, String email, String password) {
        registerMember(browser, KakehashiServer.baseUrl(), name, email, password);
    }

    /**
     * A member registered by hand for tests that go on over HTTP: the registration form and the mailed link's
     * confirmation submitted over HTTP ({@link FacesForm}), as a browser would; the member's new email (prefix plus a
     * random part). The browser tests walk the same pages in Chromium.
     */
    public static String newMember(String emailPrefix, String name, String password) {
        String email = emailPrefix + "-" + java.util.UUID.randomUUID() + "@example.jp";
        register(new FacesForm(), name, email, password);
        return email;
    }

    /**
     * A member registered by hand and logged in over HTTP ({@link FacesForm}), the session then handed to the browser:
     * for browser tests whose subject is what a member does once signed in. The browser has loaded no page yet; the
     * registration and login pages are walked in Chromium by the browser tests about them ({@link #registerMember}).
     */
    public static void signedInMember(WebDriver browser, String name, String email, String password) {
        signedInOverHttp(name, email, password).handSessionTo(browser);
    }

    /** The same without a browser: the member's signed-in session as a cookie jar. */
    public static FacesForm signedInOverHttp(String name, String email, String password) {
        FacesForm shopper = new FacesForm();
        register(shopper, name, email, password);
        logIn(shopper, email, password);
        return shopper;
    }

    /** Logs in on the shop's login page over HTTP; fails unless the member page follows. */
    public static void logIn(FacesForm shopper, String email, String password) {
        HttpResponse<String> welcome =
                shopper.submit("/shop/login.xhtml", "login", Map.of("email", email, "password", password), "submit");
        if (!welcome.body().contains("id=\"member-welcome\"")) {
            throw new AssertionError("not logged in as " + email + ": " + welcome.statusCode() + "\n" + welcome.body());
        }
    }

    private static void register(FacesForm shopper, String name, String email, String password) {
        SandboxMail mailbox = new SandboxMail();
        int mailsBefore = mailbox.to(email).size();
        HttpResponse<String> sent = shopper.submit(
                "/shop/register.xhtml",
                "register",
                Map.of(
                        "name",
                        name,
                        "email",
                        email,
                        "password",
                        password,
                        "postalCode",
                        "100-0001",
                        "prefecture",
                        "TOKYO",
                        "line1",
                        "千代田区千代田1-1"),
                "submit");
        if (!sent.body().contains("id=\"register-sent\"")) {
            throw new AssertionError(
                    "registration of " + email + " not sent: " + sent.statusCode() + "\n" + sent.body());
        }
        HttpResponse<String> confirmed =
                shopper.submit(mailbox.nextVerificationLink(email, mailsBefore), "verify", Map.of(), "confirm");
        if (!confirmed.body().contains("id=\"verify-confirmed\"")) {
            throw new AssertionError(
                    "address " + email + " not confirmed: " + confirmed.statusCode() + "\n" + confirmed.body());
        }
    }

    /**
     * The same on another server (scale-out tests): the form, the link mailed to the address (opened from the
     * sandbox's mailbox beside that server, and confirmed), then a login with the password.
     */
    public static void registerMember(WebDriver browser, String baseUrl, String name, String email, String password) {
        int mailsBefore = new SandboxMail(baseUrl).to(email).size();
        submitRegistration(browser, baseUrl, name, email, password);
        Browser.waitFor(browser, By.id("register-sent"));
        confirmEmail(browser, new SandboxMail(baseUrl).nextVerificationLink(email, mailsBefore));
        logIn(browser, baseUrl, email, password);
        Browser.waitFor(browser, By.id("member-welcome"));
    }

    /** Fills the registration form by hand and submits it: the page that follows is the test's to check. */
    public static void submitRegistration(
            WebDriver browser, String baseUrl, String name, String email, String password) {
        browser.get(baseUrl + "/shop/register.xhtml");
        Browser.waitFor(browser, By.id("register:name")).sendKeys(name);
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys(password);
        browser.findElement(By.id("register:postalCode")).sendKeys("100-0001");
        new Select(browser.findElement(By.id("register:prefecture"))).selectByValue("TOKYO");
        browser.findElement(By.id("register:line1")).sendKeys("千代田区千代田1-1");
        Browser.submit(browser, browser.findElement(By.id("register:submit")));
    }

    /** Opens a verification link and presses its confirm button; leaves the browser on the confirmation. */
    public static void confirmEmail(WebDriver browser, String link) {
        browser.get(link);
        Browser.submit(browser, Browser.waitFor(browser, By.id("verify:confirm")));
        Browser.waitFor(browser, By.id("verify-confirmed"));
    }

    /** Logs in on the shop's own login page; the page that follows is the test's to check. */
    public static void logIn(WebDriver browser, String baseUrl, String email, String password) {
        browser.get(baseUrl + "/shop/login.xhtml");
        Browser.waitFor(browser, By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        Browser.submit(browser, browser.findElement(By.id("login:submit")));
    }

    /** Registers with Amazon from the registration page (the form comes pre-filled) and leaves the member signed in. */
    public static void registerWithAmazon(WebDriver browser, String buyer) {
        registerWithAmazon(browser, buyer, null);
    }

    /** The same, with a password of the member's own as well (null: none, Amazon only). */
    public static void registerWithAmazon(WebDriver browser, String buyer, String password) {
        browser.get(KakehashiServer.baseUrl() + "/shop/register.xhtml");
        signInAtAmazon(browser, "amazon-signin-register", buyer);
        waitFor(browser, By.id("prefilled"));
        if (password != null) {
            browser.findElement(By.id("register:password")).sendKeys(password);
        }
        browser.findElement(By.id("register:submit")).click();
        waitFor(browser, By.id("member-welcome"));
    }

    /** Clicks the page's Amazon button, then chooses the buyer on the sandbox's hosted page and continues. */
    public static void signInAtAmazon(WebDriver browser, String buttonId, String buyer) {
        clickAmazonButton(browser, buttonId);
        chooseBuyerAndContinue(browser, buyer);
    }

    public static void clickAmazonButton(WebDriver browser, String buttonId) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("#" + buttonId + " button.amazonpay-button")))
                    .click();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no Amazon button " + buttonId + " at " + browser.getCurrentUrl() + ":\n"
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    public static void chooseBuyerAndContinue(WebDriver browser, String buyer) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-buyer='" + buyer + "']")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("consent:continue")))
                .click();
    }

    /**
     * The return URL, with the state Kakehashi checks, in the payload of a page's Amazon button ("login", "register" or
     * "link"): where the hosted sign-in page sends the shopper back with a buyerToken.
     */
    public static String amazonReturnUrl(String html, String purpose) {
        Matcher payload = BUTTON_PAYLOAD.matcher(html);
        while (payload.find()) {
            if (payload.group(1).equals(purpose)) {
                String json = payload.group(2).replace("&quot;", "\"").replace("&amp;", "&");
                return Json.createReader(new StringReader(json)).readObject().getString("signInReturnUrl");
            }
        }
        throw new AssertionError("no Amazon button " + purpose + " on the page:\n" + html);
    }

    /** A new test buyer at the sandbox, copied from a template ("pay-tester", ...): its key, buyerId and email. */
    public static JsonObject newAmazonBuyer(Http http, String template) {
        return newAmazonBuyer(
                http, Json.createObjectBuilder().add("template", template).build());
    }

    /** The same, from a request that may also replace the template's "name" and "addressLine1". */
    public static JsonObject newAmazonBuyer(Http http, JsonObject request) {
        HttpResponse<String> created =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/pay/buyers"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                        .build());
        if (created.statusCode() != 201) {
            throw new AssertionError("no test buyer: " + created.statusCode() + " " + created.body());
        }
        return Json.createReader(new StringReader(created.body())).readObject();
    }

    private static WebElement waitFor(WebDriver browser, By locator) {
        return Browser.waitFor(browser, locator);
    }
}
