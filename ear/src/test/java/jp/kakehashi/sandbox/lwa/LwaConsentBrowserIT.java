package jp.kakehashi.sandbox.lwa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The standard DRS setup on the consent page in a real browser, then the code exchanged over HTTP. */
class LwaConsentBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final String MODEL = "KAKEHASHI_COFFEE_01";
    private static final String SERIAL =
            "KCF01-8" + String.format("%07d", ProcessHandle.current().pid() % 10_000_000);
    private static final String VERIFIER = "kakehashi-it-verifier-0123456789-abcdefghijklmnop";

    private final LwaSandbox lwa = new LwaSandbox();
    private WebDriver browser;

    @AfterEach
    void cleanUp() {
        lwa.delete(LwaSandbox.CONTROL_PATH + "/devices/" + MODEL + "/" + SERIAL);
    }

    @Test
    void aCustomerSignsInConsentsAndChoosesAnAsinThenTheCodeIsExchanged() throws Exception {
        String landing = KakehashiServer.baseUrl() + "/amazon-sandbox/lwa/landing.xhtml";
        browser = browsers.open("en-US");
        browser.get(authorizeUrl(landing, "it-state-42", s256(VERIFIER)));

        waitFor(By.id("sign-in:email")).sendKeys("hanako@example.jp");
        waitFor(By.id("sign-in:password")).sendKeys("sandbox-hanako");
        waitFor(By.id("sign-in:submit")).click();
        assertEquals(LwaSandbox.DEMO_CLIENT_ID, waitFor(By.id("consent:client")).getText());
        waitFor(By.id("consent:allow")).click();
        waitFor(By.cssSelector("input[value='B0KKHCOF02']")).click();
        waitFor(By.id("asins:complete")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().startsWith(landing));

        Map<String, String> query = query(URI.create(browser.getCurrentUrl()));
        assertEquals("it-state-42", query.get("state"));
        assertTrue(query.get("code").matches("[A-Za-z]{20}"), browser.getCurrentUrl());
        assertEquals(query.get("code"), waitFor(By.id("code")).getText());

        String exchange = LwaSandbox.form(Map.of(
                "grant_type",
                "authorization_code",
                "code",
                query.get("code"),
                "redirect_uri",
                landing,
                "client_id",
                LwaSandbox.DEMO_CLIENT_ID,
                "client_secret",
                LwaSandbox.demoSecret(),
                "code_verifier",
                VERIFIER));
        LwaTokenEndpointIT.assertTokens(lwa.token(LwaSandbox.FORM, exchange));
        LwaTokenEndpointIT.assertError(lwa.token(LwaSandbox.FORM, exchange), 400, "invalid_grant");
        String devices = lwa.get(LwaSandbox.CONTROL_PATH + "/devices").body();
        assertTrue(devices.contains(SERIAL) && devices.contains("B0KKHCOF02") && devices.contains("CONSENT"), devices);
    }

    @Test
    void aCustomerWhoDeclinesIsSentBackWithAccessDenied() throws Exception {
        String landing = KakehashiServer.baseUrl() + "/amazon-sandbox/lwa/landing.xhtml";
        browser = browsers.open("en-US");
        browser.get(authorizeUrl(landing, "declined", null));

        waitFor(By.id("sign-in:email")).sendKeys("taro@example.jp");
        waitFor(By.id("sign-in:password")).sendKeys("sandbox-taro");
        waitFor(By.id("sign-in:submit")).click();
        waitFor(By.id("consent:decline")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().startsWith(landing));

        Map<String, String> query = query(URI.create(browser.getCurrentUrl()));
        assertEquals("access_denied", query.get("error"));
        assertEquals("declined", query.get("state"));
        assertFalse(query.containsKey("code"));
    }

    @Test
    void aForeignRedirectUriOrUnknownClientGetsAnErrorPageAndNoRedirect() {
        HttpResponse<String> foreign = lwa.get(relative(authorizeUrl("http://evil.example/cb", "s", null)));
        HttpResponse<String> unknown = lwa.get(
                relative(authorizeUrl(KakehashiServer.baseUrl() + "/amazon-sandbox/lwa/landing.xhtml", "s", null)
                        .replace(LwaSandbox.enc(LwaSandbox.DEMO_CLIENT_ID), "nobody")));

        assertEquals(200, foreign.statusCode());
        assertTrue(foreign.body().contains("Allowed Return URLs"), foreign.body());
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("Unknown client_id"), unknown.body());
    }

    private static String authorizeUrl(String redirectUri, String state, String challenge) {
        Map<String, String> query = new HashMap<>(Map.of(
                "client_id",
                LwaSandbox.DEMO_CLIENT_ID,
                "scope",
                "dash:replenish",
                "scope_data",
                "{\"dash:replenish\":{\"device_model\":\"" + MODEL + "\",\"serial\":\"" + SERIAL
                        + "\",\"is_test_device\":true}}",
                "response_type",
                "code",
                "redirect_uri",
                redirectUri,
                "state",
                state));
        if (challenge != null) {
            query.put("code_challenge", challenge);
            query.put("code_challenge_method", "S256");
        }
        return KakehashiServer.baseUrl() + "/amazon-sandbox/lwa/authorize.xhtml?" + LwaSandbox.form(query);
    }

    private static String relative(String url) {
        return url.substring(KakehashiServer.baseUrl().length());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String s256(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** The consent pages navigate on every step: wait for each element instead of racing the page load. */
    private org.openqa.selenium.WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(locator));
    }
}
