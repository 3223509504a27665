package jp.kakehashi.drs.domain;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SubscriptionInfo's answer, version 2.0 ({@code DrsSubscriptionInfoResult@2.0}, Amazon's "SubscriptionInfo Endpoint",
 * https://developer.amazon.com/docs/dash/getsubscriptioninfo-endpoint.html): for each slot, whether the customer
 * subscribed it and the first product Amazon reorders for it. Fields it does not know are ignored.
 */
public record SubscriptionInfo(List<Slot> slots) {

    /** Looked up once: {@code Json.create...} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public record Slot(String slotId, boolean subscribed, String asin, BigDecimal quantity, String unit) {}

    /** @throws IllegalArgumentException when the answer is not SubscriptionInfo's */
    public static SubscriptionInfo parse(String json) {
        JsonValue read;
        try (JsonReader reader = JSON.createReader(new StringReader(json == null ? "" : json))) {
            read = reader.readValue();
        } catch (JsonException e) {
            throw new IllegalArgumentException("SubscriptionInfo answered no JSON", e);
        }
        if (read.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("SubscriptionInfo answered no JSON object");
        }
        JsonObject answer = read.asJsonObject();
        JsonValue status = answer.get("slotsSubscriptionStatus");
        if (status == null || status.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("SubscriptionInfo answered no slotsSubscriptionStatus");
        }
        List<Slot> slots = new ArrayList<>();
        for (Map.Entry<String, JsonValue> slot : status.asJsonObject().entrySet()) {
            slots.add(slot(slot.getKey(), slot.getValue()));
        }
        return new SubscriptionInfo(List.copyOf(slots));
    }

    private static Slot slot(String slotId, JsonValue value) {
        // Version 1.0 answers a bare boolean per slot: subscribed, product unknown
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return new Slot(slotId, value.getValueType() == JsonValue.ValueType.TRUE, null, null, null);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException(
                    "SubscriptionInfo's slot " + slotId + " is neither an object nor a boolean");
        }
        JsonObject slot = value.asJsonObject();
        boolean subscribed = slot.getBoolean("subscribed", false);
        JsonValue products = slot.get("productInfoList");
        if (!subscribed
                || products == null
                || products.getValueType() != JsonValue.ValueType.ARRAY
                || products.asJsonArray().isEmpty()
                || products.asJsonArray().get(0).getValueType() != JsonValue.ValueType.OBJECT) {
            return new Slot(slotId, subscribed, null, null, null);
        }
        JsonObject product = products.asJsonArray().getJsonObject(0);
        String asin = product.getString("asin", null);
        BigDecimal quantity =
                product.get("quantity") instanceof jakarta.json.JsonNumber number ? number.bigDecimalValue() : null;
        return new Slot(
                slotId,
                true,
                asin != null && asin.length() <= 20 ? asin : null,
                quantity,
                product.getString("unit", null));
    }
}
