package jp.kakehashi.sandbox.lwa;

import static jp.kakehashi.sandbox.lwa.LwaSandbox.CONTROL_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.net.http.HttpResponse;
import java.util.Map;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's own LWA control API, and pre-registration as the token endpoint then sees it. */
class LwaControlApiIT {

    private static final String SERIAL =
            "KCF01-7" + String.format("%07d", ProcessHandle.current().pid() % 10_000_000);

    private final LwaSandbox lwa = new LwaSandbox();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @AfterEach
    void removeDevice() {
        lwa.delete(CONTROL_PATH + "/devices/KAKEHASHI_COFFEE_01/" + SERIAL);
    }

    @Test
    void aPreRegisteredDeviceCanBeExchangedByItsModelsClientUntilRemoved() {
        HttpResponse<String> created = lwa.postJson(
                CONTROL_PATH + "/devices",
                "{\"serial\":\"" + SERIAL
                        + "\",\"modelId\":\"KAKEHASHI_COFFEE_01\",\"directedCustomerId\":\"amzn1.account.AITCUSTOMER1\",\"asins\":[\"B0KKHCOF02\"]}");
        String exchange = LwaSandbox.form(Map.of(
                "grant_type",
                "device_preregistration",
                "client_id",
                LwaSandbox.DEMO_CLIENT_ID,
                "client_secret",
                LwaSandbox.demoSecret(),
                "scope",
                "dash:replenish",
                "scope_data",
                "{\"product_instance_attributes\":{\"device_serial_number\":\"" + SERIAL
                        + "\",\"device_model\":\"KAKEHASHI_COFFEE_01\"}}"));

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(LwaSandbox.DEMO_CLIENT_ID, LwaSandbox.json(created).getString("ownerClientId"));
        assertTrue(lwa.get(CONTROL_PATH + "/devices").body().contains(SERIAL));
        LwaTokenEndpointIT.assertTokens(lwa.token(LwaSandbox.FORM, exchange));
        assertEquals(
                409,
                lwa.postJson(
                                CONTROL_PATH + "/devices",
                                "{\"serial\":\"" + SERIAL
                                        + "\",\"modelId\":\"KAKEHASHI_COFFEE_01\",\"directedCustomerId\":\"amzn1.account.AITCUSTOMER1\"}")
                        .statusCode());

        assertEquals(
                204,
                lwa.delete(CONTROL_PATH + "/devices/KAKEHASHI_COFFEE_01/" + SERIAL)
                        .statusCode());
        LwaTokenEndpointIT.assertError(lwa.token(LwaSandbox.FORM, exchange), 400, "invalid_grant");
    }

    @Test
    void aSerialOutsideTheModelsFormatIsRefusedWithTheReason() {
        HttpResponse<String> refused = lwa.postJson(
                CONTROL_PATH + "/devices",
                "{\"serial\":\"KCF01-12\",\"modelId\":\"KAKEHASHI_COFFEE_01\",\"directedCustomerId\":\"amzn1.account.AITCUSTOMER1\"}");

        assertEquals(400, refused.statusCode());
        assertTrue(LwaSandbox.json(refused).getString("error").contains("KCF01-[0-9]{8}"), refused.body());
        assertEquals(
                400,
                lwa.postJson(
                                CONTROL_PATH + "/devices",
                                "{\"serial\":\"X\",\"modelId\":\"NO_SUCH_MODEL\",\"directedCustomerId\":\"amzn1.account.AITCUSTOMER1\"}")
                        .statusCode());
    }

    @Test
    void modelsAndClientsAreListedWithoutSecrets() {
        HttpResponse<String> models = lwa.get(CONTROL_PATH + "/models");
        HttpResponse<String> clients = lwa.get(CONTROL_PATH + "/clients");

        assertEquals(200, models.statusCode());
        JsonArray modelList = (JsonArray) LwaSandbox.jsonStructure(models.body());
        assertTrue(
                modelList.stream()
                        .anyMatch(m -> m.asJsonObject().getString("modelId").equals("TEST_MODEL_DRS_PREREG_01")
                                && m.asJsonObject().getString("ownerClientId").equals("foodev")),
                models.body());
        assertTrue(
                clients.body().contains("foodev") && clients.body().contains(LwaSandbox.DEMO_CLIENT_ID),
                clients.body());
        assertFalse(clients.body().contains("Y76SDl2F") || clients.body().contains(LwaSandbox.demoSecret()));
        assertEquals(200, lwa.get(CONTROL_PATH + "/tokens").statusCode());
    }

    @Test
    void theConsolePageListsClientsModelsAndDevicesButNoSecret() {
        HttpResponse<String> page = lwa.get("/amazon-sandbox/console/lwa.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("TEST_MODEL_DRS_PREREG_01") && page.body().contains("TEST_SERIAL_02"),
                page.body());
        assertFalse(page.body().contains("Y76SDl2F") || page.body().contains(LwaSandbox.demoSecret()));
    }
}
