package jp.kakehashi.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kakehashi.testsupport.AdminApi;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admin API's lists page by cursor: walked page by page while rows are added, a list shows each row that was there
 * once, none twice, none left out; a cursor, page size or filter it cannot take is a 400 with the reason, never a 500.
 */
class AdminListsIT {

    private static final List<String> LISTS =
            List.of("/devices", "/members", "/audit", "/sns/receptions", "/sns/parked/notifications", "/drs-calls");

    private final AdminApi admin = new AdminApi(new Http());
    private final String marker =
            "LISTS_IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void theAuditTrailIsWalkedWithoutDuplicatesOrGapsWhileEntriesAreAdded() {
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(addModel("A" + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> page =
                    admin.get("/audit?limit=2&search=" + marker + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.statusCode(), page.body());
            JsonObject answer = AdminApi.json(page);
            answer.getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .forEach(entry -> seen.add(entry.getString("target")));
            cursor = answer.getString("next", null);
            if (cursor != null) {
                String link = page.headers().firstValue("Link").orElseThrow();
                assertTrue(
                        link.contains("cursor=" + cursor)
                                && link.contains("rel=\"next\"")
                                && link.contains("search=" + marker),
                        link);
            }
            addModel("B" + pages);
            pages++;
        } while (cursor != null && pages < 20);

        List<String> newestFirst = new ArrayList<>(before);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, seen, "each entry there when the walk began, once, newest first");
        assertEquals(4, pages, "7 entries, 2 a page");
        JsonObject first = AdminApi.json(admin.get("/audit?limit=2&search=" + marker));
        assertEquals(
                marker + "_B3",
                first.getJsonArray("items").getJsonObject(0).getString("target"),
                "the first page shows the newest");
    }

    @Test
    void everyListAnswersPagesOfAtMostItsLimitWithNoRowTwice() {
        for (String list : LISTS) {
            HttpResponse<String> first = admin.get(list + "?limit=2");
            assertEquals(200, first.statusCode(), list + ": " + first.body());
            JsonObject page = AdminApi.json(first);
            assertTrue(page.getJsonArray("items").size() <= 2, list);
            String next = page.getString("next", null);
            if (next != null) {
                HttpResponse<String> second = admin.get(list + "?limit=2&cursor=" + next);
                assertEquals(200, second.statusCode(), list + ": " + second.body());
                Set<String> rows = new HashSet<>();
                page.getJsonArray("items").forEach(row -> rows.add(row.toString()));
                AdminApi.json(second)
                        .getJsonArray("items")
                        .forEach(row -> assertTrue(rows.add(row.toString()), list + " repeats " + row));
            }
        }
        assertEquals(
                0,
                AdminApi.json(admin.get("/devices?model=NO_SUCH_MODEL"))
                        .getJsonArray("items")
                        .size());
        assertEquals(200, admin.get("/audit?limit=100").statusCode(), "a hundred rows a page at most");
    }

    @Test
    void filtersNarrowTheList() {
        addModel("F");
        JsonObject edits =
                AdminApi.json(admin.get("/audit?action=ADD_DEVICE_MODEL&search=" + marker + "&from=2000-01-01"));
        assertEquals(1, edits.getJsonArray("items").size(), edits.toString());
        assertFalse(edits.containsKey("next"));
        JsonObject none = AdminApi.json(admin.get("/audit?action=PURGE_QUEUE&search=" + marker));
        assertEquals(0, none.getJsonArray("items").size());
        JsonObject longAgo = AdminApi.json(admin.get("/audit?search=" + marker + "&to=2000-01-01"));
        assertEquals(0, longAgo.getJsonArray("items").size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cursor=garbage",
                "cursor=MXxtZW1iZXJzfDIwMjYtMDEtMDFUMDA6MDA6MDBafDE",
                "limit=0",
                "limit=101",
                "limit=many",
                "from=yesterday",
                "from=2026-12-02&to=2026-12-01",
                "action=NOTHING"
            })
    void aBadCursorLimitOrFilterIsA400WithTheReason(String query) {
        HttpResponse<String> refused = admin.get("/audit?" + query);
        assertEquals(400, refused.statusCode(), query + ": " + refused.body());
        String reason = AdminApi.json(refused).getString("error");
        assertTrue(
                reason.contains(query.substring(0, query.indexOf('='))) || reason.contains("range"),
                query + ": " + reason);
    }

    @Test
    void eachListRefusesAnotherListsCursorAndItsOwnBadFilters() {
        String auditCursor = AdminApi.json(admin.get("/audit?limit=1")).getString("next", null);
        for (String list : LISTS) {
            if (auditCursor != null && !list.equals("/audit")) {
                HttpResponse<String> refused = admin.get(list + "?cursor=" + auditCursor);
                assertEquals(400, refused.statusCode(), list);
                assertTrue(AdminApi.json(refused).getString("error").contains("another list (audit)"), refused.body());
            }
            assertEquals(
                    400,
                    admin.get(list + "?cursor=" + URLEncoder.encode("not a cursor", StandardCharsets.UTF_8))
                            .statusCode(),
                    list);
            assertEquals(400, admin.get(list + "?search=" + "x".repeat(201)).statusCode(), list);
        }
        assertEquals(400, admin.get("/devices?status=BROKEN").statusCode());
        assertEquals(400, admin.get("/members?amazon=MAYBE").statusCode());
        assertEquals(400, admin.get("/drs-calls?device=first").statusCode());
        assertEquals(400, admin.get("/drs-calls?outcome=SO_SO").statusCode());
    }

    private String addModel(String suffix) {
        String modelId = marker + "_" + suffix;
        HttpResponse<String> saved = admin.put(
                "/device-models/" + modelId,
                Json.createObjectBuilder()
                        .add("displayName", "Lists IT " + suffix)
                        .add("serialNumberPattern", "LI-[0-9]{4}")
                        .add("asins", Json.createArrayBuilder().add("B0LISTSIT1"))
                        .add("sampleSerials", Json.createArrayBuilder())
                        .build()
                        .toString());
        assertEquals(201, saved.statusCode(), saved.body());
        return modelId;
    }
}
