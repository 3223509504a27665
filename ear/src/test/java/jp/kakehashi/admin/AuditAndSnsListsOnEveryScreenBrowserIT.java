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
 * The admin's audit log and SNS lists (receptions, parked notifications), once each has rows, fit a 1280 px desktop and
 * a 360 px phone (the page never scrolls sideways: on the phone each row is a card) and pass axe-core's WCAG 2.1 AA
 * rules in Japanese and English: as {@link MemberAndDeviceListsOnEveryScreenBrowserIT} does for the other lists.
 */
@ExtendWith(Browsers.class)
class AuditAndSnsListsOnEveryScreenBrowserIT {

    private static final Map<String, String> LISTS = Map.of(
            "/admin/audit.xhtml", "audit",
            "/admin/receptions.xhtml", "receptions",
            "/admin/parked.xhtml", "parked-form:parked");

    @BeforeAll
    static void everyListHasRows() {
        KakehashiServer.awaitReady();
        new AdminListData()
                .aNotificationOfAnUnknownModel()
                .twoDeviceModelsAdded()
                .awaitRowsIn("/audit", "/sns/receptions", "/sns/parked/notifications");
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
