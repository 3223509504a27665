package jp.kakehashi.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import jp.kakehashi.testsupport.Browsers;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admin's lists of members, devices and DRS calls, once each has rows, fit a 1280 px desktop and a 360 px phone
 * (the page never scrolls sideways: on the phone each row is a card) and pass axe-core's WCAG 2.1 AA rules in Japanese
 * and English. The only check of these pages on every screen: the pages-on-every-screen classes leave the lists to this
 * class and {@link AuditAndSnsListsOnEveryScreenBrowserIT}, which fill them first.
 */
@ExtendWith(Browsers.class)
class MemberAndDeviceListsOnEveryScreenBrowserIT {

    private static final Map<String, String> LISTS = Map.of(
            "/admin/devices.xhtml", "devices-form:devices",
            "/admin/members.xhtml", "members-form:members",
            "/admin/drs-calls.xhtml", "calls");

    @BeforeAll
    static void everyListHasRows() {
        KakehashiServer.awaitReady();
        new AdminListData().aMemberWithADeviceThatOrdered().awaitRowsIn("/devices", "/members", "/drs-calls");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ja", "en-US"})
    void everyListFitsDesktopsAndPhonesAndPassesAxe(String language, Browsers browsers) {
        assertEquals(
                "",
                String.join("\n", AdminListData.checkOnEveryScreen(browsers.open(language), LISTS)),
                "lists in " + language);
    }
}
