package jp.kakehashi.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kakehashi.testsupport.AdminPages;
import jp.kakehashi.testsupport.Browser;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The admin's list pages page by their "next" and "first" links, keeping a filter in the address; a bad cursor or date
 * is a message on the page. (How each list looks on every screen: MemberAndDeviceListsOnEveryScreenBrowserIT and
 * AuditAndSnsListsOnEveryScreenBrowserIT.)
 */
@ExtendWith(Browsers.class)
class AdminListsBrowserIT {

    @BeforeAll
    static void theListsHaveRows() {
        KakehashiServer.awaitReady();
        new AdminListData()
                .aMemberWithADeviceThatOrdered()
                .twoDeviceModelsAdded()
                .awaitRowsIn("/devices", "/audit");
    }

    @Test
    void aListPagesByItsLinksAndABadCursorIsAMessage(Browsers browsers) {
        WebDriver browser = browsers.open("en-US");
        AdminPages.signIn(browser);
        browser.get(KakehashiServer.baseUrl() + "/admin/audit.xhtml?limit=1&action=ADD_DEVICE_MODEL");
        String first =
                AdminPages.waitFor(browser, By.cssSelector("#audit tbody tr")).getText();
        assertTrue(browser.findElements(By.id("first")).isEmpty(), "the first page links to no first page");

        Browser.submit(browser, browser.findElement(By.id("next")));
        Browser.until(browser, "the next page", page -> page.getCurrentUrl().contains("cursor="));
        String second =
                AdminPages.waitFor(browser, By.cssSelector("#audit tbody tr")).getText();
        assertNotEquals(first, second);
        assertEquals(1, browser.findElements(By.cssSelector("#audit tbody tr")).size());
        assertTrue(
                browser.getCurrentUrl().contains("action=ADD_DEVICE_MODEL"),
                "the filter is kept: " + browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".audit-action"))
                .getAttribute("data-action")
                .equals("ADD_DEVICE_MODEL"));

        Browser.submit(browser, browser.findElement(By.id("first")));
        Browser.until(
                browser,
                "the first page",
                page -> page.findElements(By.id("first")).isEmpty());
        assertEquals(
                first,
                AdminPages.waitFor(browser, By.cssSelector("#audit tbody tr")).getText());

        browser.get(KakehashiServer.baseUrl() + "/admin/audit.xhtml?cursor=not-a-cursor");
        assertTrue(AdminPages.messageContaining(browser, "no longer valid").contains("first page"));
        assertFalse(browser.findElements(By.cssSelector("#audit tbody tr")).isEmpty(), "the first page instead");

        browser.get(KakehashiServer.baseUrl() + "/admin/devices.xhtml?from=someday");
        assertTrue(AdminPages.messageContaining(browser, "dates like").contains("2026-12-31"));
    }

    @Test
    void aSearchKeepsItsFiltersInTheAddress(Browsers browsers) {
        WebDriver browser = browsers.open("ja");
        AdminPages.signIn(browser);
        browser.get(KakehashiServer.baseUrl() + "/admin/devices.xhtml");
        AdminPages.waitFor(browser, By.id("search:status"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search:status"))).selectByValue("SET_UP");
        Browser.submit(browser, browser.findElement(By.id("search:submit")));
        Browser.until(
                browser, "the filtered address", page -> page.getCurrentUrl().contains("status=SET_UP"));
        List<WebElement> states =
                AdminPages.waitFor(browser, By.id("devices-form:devices")).findElements(By.className("device-status"));
        assertFalse(states.isEmpty());
        states.forEach(state -> assertEquals("SET_UP", state.getAttribute("data-status")));
    }
}
