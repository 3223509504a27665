package jp.kakehashi.sandbox.lwa.token;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import jp.kakehashi.sandbox.lwa.domain.LwaError;

/**
 * The {@code scope_data} of a {@code device_preregistration} request:
 * {@code {"product_instance_attributes":{"device_serial_number":"...","device_model":"..."}}}.
 */
public record ScopeData(String deviceSerialNumber, String deviceModel) {

    public static ScopeData ofPreregistration(String scopeDataJson) {
        JsonObject attributes = object(read(scopeDataJson), "product_instance_attributes");
        return new ScopeData(string(attributes, "device_serial_number"), string(attributes, "device_model"));
    }

    /**
     * The standard DRS flow's {@code scope_data} on the consent page:
     * {@code {"dash:replenish":{"device_model":"...","serial":"...","is_test_device":true}}}.
     */
    public static StandardFlow ofStandardFlow(String scopeDataJson) {
        JsonObject replenish = object(read(scopeDataJson), "dash:replenish");
        JsonValue testDevice = replenish.get("is_test_device");
        boolean isTestDevice = testDevice == JsonValue.TRUE
                || (testDevice != null
                        && testDevice.getValueType() == JsonValue.ValueType.STRING
                        && "true".equalsIgnoreCase(replenish.getString("is_test_device")));
        return new StandardFlow(string(replenish, "device_model"), string(replenish, "serial"), isTestDevice);
    }

    /** {@code is_test_device} is lenient: {@code true} or {@code "true"}. */
    public record StandardFlow(String deviceModel, String serial, boolean testDevice) {}

    static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                return value.asJsonObject();
            }
        } catch (RuntimeException e) {
            // answered below
        }
        throw LwaError.invalidRequest("The request has an invalid parameter : scope_data");
    }

    static JsonObject object(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw LwaError.invalidRequest("The request is missing a required parameter : scope_data." + name);
        }
        return value.asJsonObject();
    }

    static String string(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        if (value == null
                || value.getValueType() != JsonValue.ValueType.STRING
                || parent.getString(name).isEmpty()) {
            throw LwaError.invalidRequest("The request is missing a required parameter : " + name);
        }
        return parent.getString(name);
    }
}
