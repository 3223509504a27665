package jp.kakehashi.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shop's home page over HTTP: served at the root, Japanese unless the browser prefers English. */
class HomePageIT {

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void isJapaneseWhenTheBrowserStatesNoLanguage() {
        HttpResponse<String> page = http.get("/");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("lang=\"ja\""), page.body());
        assertTrue(page.body().contains("かけはしストアへようこそ"));
    }

    @Test
    void isJapaneseForAJapaneseBrowser() {
        HttpResponse<String> page = http.get("/shop/index.xhtml", "Accept-Language", "ja,en-US;q=0.8,en;q=0.6");

        assertTrue(page.body().contains("lang=\"ja\""));
        assertTrue(page.body().contains("Dash Replenishment 対応デバイス"));
    }

    @Test
    void isEnglishWhenTheBrowserPrefersEnglish() {
        HttpResponse<String> page = http.get("/", "Accept-Language", "en-US,en;q=0.9,ja;q=0.5");

        assertTrue(page.body().contains("lang=\"en\""));
        assertTrue(page.body().contains("Welcome to Kakehashi Store"));
    }

    @Test
    void fallsBackToJapaneseForALanguageTheShopDoesNotSpeak() {
        HttpResponse<String> page = http.get("/", "Accept-Language", "fr-FR,fr;q=0.9");

        assertTrue(page.body().contains("lang=\"ja\""));
    }

    @Test
    void listsTheDeviceModelsFromTheDatabase() {
        assertTrue(http.get("/").body().contains("TEST_MODEL_DRS_PREREG_01"));
    }

    @Test
    void servesItsStylesheet() {
        HttpResponse<String> css = http.get("/jakarta.faces.resource/kakehashi.css.xhtml?ln=css");

        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains(".site-header"));
    }

    @Test
    void theAmazonSandboxIsDeployedBesideTheShop() {
        assertEquals(200, http.get("/amazon-sandbox/").statusCode());
    }
}
