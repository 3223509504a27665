package jp.kakehashi.shop;

import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page in a real browser, in each language the shop speaks. */
class HomePageBrowserIT {

    private WebDriver browser;

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aJapaneseBrowserSeesTheShopInJapanese() {
        browser = Browser.open("ja");
        browser.get(KakehashiServer.baseUrl() + "/");

        assertEquals("ja", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("かけはしストアへようこそ", browser.findElement(By.id("welcome")).getText());
        assertEquals("ホーム | かけはしストア", browser.getTitle());
        assertTrue(browser.findElement(By.id("supported-devices")).getText().contains("TEST_MODEL_DRS_PREREG_01"));
    }

    @Test
    void anEnglishBrowserSeesTheShopInEnglish() {
        browser = Browser.open("en-US");
        browser.get(KakehashiServer.baseUrl() + "/");

        assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Welcome to Kakehashi Store", browser.findElement(By.id("welcome")).getText());
        assertEquals("Home | Kakehashi Store", browser.getTitle());
    }

    @Test
    void theStylesheetIsApplied() {
        browser = Browser.open("ja");
        browser.get(KakehashiServer.baseUrl() + "/");

        // The header's accent border comes from kakehashi.css: proof that the stylesheet loaded.
        String border = browser.findElement(By.cssSelector(".site-header")).getCssValue("border-bottom-width");
        assertEquals("3px", border);
    }
}
