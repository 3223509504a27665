package jp.kakehashi.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kakehashi.testsupport.BesideTheOtherClasses;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The home page in a real browser, in each language the shop speaks. */
@BesideTheOtherClasses
class HomePageBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver browser;

    @Test
    void aJapaneseBrowserSeesTheShopInJapanese() {
        browser = browsers.open("ja");
        browser.get(KakehashiServer.baseUrl() + "/");

        assertEquals("ja", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("かけはしストアへようこそ", browser.findElement(By.id("welcome")).getText());
        assertEquals("ホーム | かけはしストア", browser.getTitle());
        assertTrue(browser.findElement(By.id("supported-devices")).getText().contains("TEST_MODEL_DRS_PREREG_01"));
    }

    @Test
    void anEnglishBrowserSeesTheShopInEnglish() {
        browser = browsers.open("en-US");
        browser.get(KakehashiServer.baseUrl() + "/");

        assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals(
                "Welcome to Kakehashi Store",
                browser.findElement(By.id("welcome")).getText());
        assertEquals("Home | Kakehashi Store", browser.getTitle());
    }

    @Test
    void theStylesheetIsApplied() {
        browser = browsers.open("ja");
        browser.get(KakehashiServer.baseUrl() + "/");

        // The header's accent border comes from kakehashi.css: proof that the stylesheet loaded.
        String border = browser.findElement(By.cssSelector(".site-header")).getCssValue("border-bottom-width");
        assertEquals("3px", border);
    }
}
