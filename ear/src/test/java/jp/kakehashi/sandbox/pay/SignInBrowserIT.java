package jp.kakehashi.sandbox.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Sign in with Amazon in a real browser: the console's button, the hosted page, the return URL. */
class SignInBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver browser;

    @Test
    void clickChooseABuyerContinueAndLandOnTheReturnUrlWithABuyerToken() {
        browser = browsers.open("ja");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(KakehashiServer.baseUrl() + "/amazon-sandbox/console/buyers.xhtml");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#try-sign-in-ja button.amazonpay-button")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-buyer='pay-tester']")));
        assertEquals("ja", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(browser.getPageSource().contains("Amazonアカウントでサインイン"));
        browser.findElement(By.cssSelector("[data-buyer='pay-tester']")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shared-scopes")));
        assertEquals("Pay Tester", browser.findElement(By.id("signed-in-as")).getText());
        List<String> scopes = browser.findElements(By.cssSelector("#shared-scopes [data-scope]")).stream()
                .map(item -> item.getDomAttribute("data-scope"))
                .toList();
        assertEquals(
                List.of("buyerId", "name", "email", "postalCode", "shippingAddress", "phoneNumber", "billingAddress"),
                scopes);
        browser.findElement(By.id("consent:continue")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("buyer-token")));
        String token = browser.findElement(By.id("buyer-token")).getText();
        assertTrue(token.matches("[0-9a-f-]{36}"), token);
        assertTrue(
                browser.getCurrentUrl().endsWith("/amazon-sandbox/pay/return.xhtml?from=console&buyerToken=" + token),
                browser.getCurrentUrl());
    }

    @Test
    void aTamperedSignatureShowsAmazonsErrorText() {
        browser = browsers.open("en-US");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(KakehashiServer.baseUrl() + "/amazon-sandbox/console/buyers.xhtml");

        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#try-sign-in-tampered button.amazonpay-button")))
                .click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-code")));
        assertEquals(
                "InvalidSignatureError",
                browser.findElement(By.id("error-code")).getText());
        assertTrue(browser.findElement(By.id("pay-error")).getText().contains("Something went wrong"));
        assertTrue(browser.getCurrentUrl().endsWith("/amazon-sandbox/pay/signin"), browser.getCurrentUrl());
    }
}
