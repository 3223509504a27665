package jp.kakehashi.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import jp.kakehashi.testsupport.AdminApi;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admins maintain each model's slots with the model: all or nothing, by the slot's rules. */
class DeviceModelSlotsIT {

    private final AdminApi admin = new AdminApi(new Http());
    private final String model =
            "SLOTS_IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void slotsAreSavedChangedAndRemovedWithTheModel() {
        assertEquals(
                201,
                save("IT model", slots(slot("beans", "豆", 20, "B0SLOTSIT1"), slot("milk", "ミルク", 30)))
                        .statusCode());
        assertEquals(List.of("beans:豆:20:[\"B0SLOTSIT1\"]", "milk:ミルク:30:[]"), slots());

        HttpResponse<String> changed = save("IT model", slots(slot("beans", "コーヒー豆", 15, "B0SLOTSIT1", "B0SLOTSIT2")));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(List.of("beans:コーヒー豆:15:[\"B0SLOTSIT1\",\"B0SLOTSIT2\"]"), slots(), "milk removed, beans changed");

        assertEquals(200, save("IT model renamed", null).statusCode());
        assertEquals(List.of("beans:コーヒー豆:15:[\"B0SLOTSIT1\",\"B0SLOTSIT2\"]"), slots(), "no slots given: kept");
    }

    @Test
    void aBadSlotRefusesTheWholeSaveWithItsReason() {
        assertEquals(
                201,
                save("IT model", slots(slot("beans", "豆", 20, "B0SLOTSIT1"))).statusCode());

        HttpResponse<String> foreignAsin = save("changed name", slots(slot("beans", "豆", 20, "B0NOTMODEL")));
        assertEquals(400, foreignAsin.statusCode());
        assertTrue(foreignAsin.body().contains("B0NOTMODEL"), foreignAsin.body());
        HttpResponse<String> threshold = save("changed name", slots(slot("beans", "豆", 101)));
        assertEquals(400, threshold.statusCode());
        assertTrue(threshold.body().contains("0 to 100"), threshold.body());
        assertEquals(
                400,
                save("changed name", slots(slot("beans", "豆", 20), slot("beans", "again", 20)))
                        .statusCode());
        assertEquals(400, save("changed name", slots(slot("a slot", "豆", 20))).statusCode());

        assertEquals(List.of("beans:豆:20:[\"B0SLOTSIT1\"]"), slots(), "nothing stored");
        JsonArray models = Json.createReader(
                        new StringReader(admin.get("/device-models").body()))
                .readArray();
        assertTrue(
                models.getValuesAs(JsonObject.class).stream()
                        .anyMatch(found -> found.getString("modelId").equals(model)
                                && found.getString("displayName").equals("IT model")),
                "the model's own change was not stored either");
    }

    private HttpResponse<String> save(String name, JsonArrayBuilder slots) {
        var body = Json.createObjectBuilder()
                .add("displayName", name)
                .add("serialNumberPattern", "SIT-[0-9]{4}")
                .add("asins", Json.createArrayBuilder().add("B0SLOTSIT1").add("B0SLOTSIT2"))
                .add("sampleSerials", Json.createArrayBuilder().add("SIT-0001"));
        if (slots != null) {
            body.add("slots", slots);
        }
        return admin.put("/device-models/" + model, body.build().toString());
    }

    private static JsonArrayBuilder slots(JsonObject... slots) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject slot : slots) {
            array.add(slot);
        }
        return array;
    }

    private static JsonObject slot(String id, String name, int threshold, String... asins) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String asin : asins) {
            list.add(asin);
        }
        return Json.createObjectBuilder()
                .add("slotId", id)
                .add("displayName", name)
                .add("lowThresholdPercent", threshold)
                .add("asins", list)
                .build();
    }

    private List<String> slots() {
        HttpResponse<String> slots = admin.get("/device-models/" + model + "/slots");
        assertEquals(200, slots.statusCode(), slots.body());
        return Json.createReader(new StringReader(slots.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(slot -> slot.getString("slotId") + ":" + slot.getString("displayName") + ":"
                        + slot.getInt("lowThresholdPercent") + ":" + slot.getJsonArray("asins"))
                .toList();
    }
}
