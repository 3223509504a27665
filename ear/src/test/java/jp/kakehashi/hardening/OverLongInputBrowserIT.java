package jp.kakehashi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import jp.kakehashi.testsupport.AdminApi;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.BesideTheOtherClasses;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import jp.kakehashi.testsupport.MemberApi;
import jp.kakehashi.testsupport.SandboxDevices;
import jp.kakehashi.testsupport.ShopPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Fields far past what a form allows, sent as a script would (the browser's maxlength removed): every form answers
 * with a message at the field, in the page's language, and stores nothing; the APIs answer 400 with a reason.
 */
@BesideTheOtherClasses
class OverLongInputBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final String LONG = "長".repeat(5000);
    private static final String PASSWORD = "over long password";

    private final Http http = new Http();
    private WebDriver browser;

    @Test
    void theRegistrationFormRefusesAFiveThousandCharacterNameAndStoresNothing() {
        String email = "overlong-" + UUID.randomUUID() + "@example.jp";
        browser = browsers.open("ja");
        browser.get(KakehashiServer.baseUrl() + "/shop/register.xhtml");
        type(Browser.waitFor(browser, By.id("register:name")), LONG);
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("register:postalCode")).sendKeys("100-0001");
        new Select(browser.findElement(By.id("register:prefecture"))).selectByValue("TOKYO");
        type(browser.findElement(By.id("register:line1")), LONG);

        Browser.submit(browser, browser.findElement(By.id("register:submit")));

        String page = browser.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("200 文字以内で入力してください") && page.contains("300 文字以内で入力してください"), page);
        SecurityHeadersAndErrorPagesIT.assertNoInternals(page);
        assertEquals(401, new MemberApi(http, email, PASSWORD).setUpStatus(), "no member was stored");
    }

    @Test
    void theLoginFormRefusesOverLongCredentialsInEnglish() {
        browser = browsers.open("en-US");
        browser.get(KakehashiServer.baseUrl() + "/shop/login.xhtml");
        type(Browser.waitFor(browser, By.id("login:email")), "x".repeat(5000) + "@example.jp");
        type(browser.findElement(By.id("login:password")), LONG);

        Browser.submit(browser, browser.findElement(By.id("login:submit")));

        String page = browser.findElement(By.tagName("body")).getText();
        assertTrue(
                page.contains("Please enter at most 254 characters.")
                        && page.contains("Please enter at most 128 characters."),
                page);
    }

    @Test
    void theDeviceSetupFormAndApiRefuseAnOverLongSerial() {
        String email = ShopPages.newMember("overlong", "長い 入力", PASSWORD);
        HttpResponse<String> api = new MemberApi(http, email, PASSWORD).setUp(SandboxDevices.MODEL, LONG);
        assertEquals(400, api.statusCode(), api.body());
        assertEquals("INVALID_SERIAL", MemberApi.json(api).getString("outcome"));
        HttpResponse<String> unknownModel = new MemberApi(http, email, PASSWORD).setUp(LONG, "KCF01-00000001");
        assertEquals(400, unknownModel.statusCode(), unknownModel.body());

        browser = browsers.open("en-US");
        ShopPages.signedInMember(browser, "Long Input", "overlong-page-" + UUID.randomUUID() + "@example.jp", PASSWORD);
        browser.get(KakehashiServer.baseUrl() + "/member/devices.xhtml");
        type(Browser.waitFor(browser, By.id("setup:serial")), LONG);
        Browser.submit(browser, browser.findElement(By.id("setup:submit")));

        assertTrue(
                browser.findElement(By.id("set-up-device")).getText().contains("Please enter at most 128 characters."),
                browser.findElement(By.tagName("body")).getText());
    }

    @Test
    void theAdminFormsAndApiRefuseOverLongFields() {
        HttpResponse<String> model = new AdminApi(http)
                .put(
                        "/device-models/OVERLONG_"
                                + UUID.randomUUID().toString().substring(0, 8),
                        "{\"displayName\":\"" + LONG
                                + "\",\"serialNumberPattern\":\"X-[0-9]{4}\",\"asins\":[],\"sampleSerials\":[\"X-0001\"]}");
        assertEquals(400, model.statusCode(), model.body());

        browser = browsers.open("en-US");
        AdminPages.signIn(browser);
        browser.get(KakehashiServer.baseUrl() + "/admin/members.xhtml");
        type(Browser.waitFor(browser, By.id("search:text")), LONG);
        Browser.submit(browser, browser.findElement(By.id("search:submit")));

        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Please enter at most 200 characters."));
    }

    /** Sets a value as a script would, past the field's maxlength. */
    private void type(WebElement field, String value) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];", field, value);
    }
}
