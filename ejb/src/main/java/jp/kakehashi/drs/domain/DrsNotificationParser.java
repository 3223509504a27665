package jp.kakehashi.drs.domain;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the DRS envelope from an SNS notification's Message. Fields it does not know are ignored, as DRS asks. */
public final class DrsNotificationParser {

    /** Looked up once: {@code Json.create...} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private DrsNotificationParser() {}

    public static DrsNotification parse(String message) {
        JsonObject envelope = readObject(message);
        JsonObject info = object(envelope, "notificationInfo");
        String typeName = text(info, "notificationInfo", "notificationType");
        DrsNotificationType type = DrsNotificationType.fromWireName(typeName)
                .orElseThrow(() -> new UnprocessableNotificationException("unknown DRS notification type " + typeName));
        JsonObject device = object(envelope, "deviceInfo");
        JsonObject customer = envelope.containsKey("customerInfo") ? object(envelope, "customerInfo") : null;
        return new DrsNotification(
                type,
                fits(text(info, "notificationInfo", "notificationId"), "notificationId", 128),
                fits(optionalText(info, "lwaClientId"), "lwaClientId", 256),
                instant(text(info, "notificationInfo", "notificationTime")),
                fits(
                        text(object(device, "deviceIdentifier"), "deviceInfo.deviceIdentifier", "serialNumber"),
                        "serialNumber",
                        128),
                fits(
                        text(object(device, "productIdentifier"), "deviceInfo.productIdentifier", "modelId"),
                        "modelId",
                        128),
                customer == null
                        ? null
                        : fits(optionalText(customer, "directedCustomerId"), "directedCustomerId", 128));
    }

    /**
     * The orderInfo of an order notification (instanceId, slotId, the first product's ASIN and estimated delivery);
     * empty when the message has none.
     */
    public static java.util.Optional<OrderInfo> orderInfo(String message) {
        JsonObject envelope = readObject(message);
        JsonValue value = envelope.get("orderInfo");
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            return java.util.Optional.empty();
        }
        JsonObject order = value.asJsonObject();
        String instanceId = fits(optionalText(order, "instanceId"), "orderInfo.instanceId", 255);
        String slotId = fits(optionalText(order, "slotId"), "orderInfo.slotId", 64);
        String asin = null;
        String delivery = null;
        JsonValue products = order.get("productInfo");
        if (products != null
                && products.getValueType() == JsonValue.ValueType.ARRAY
                && !products.asJsonArray().isEmpty()
                && products.asJsonArray().get(0).getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject first = products.asJsonArray().getJsonObject(0);
            asin = optionalText(first, "asin");
            delivery = optionalText(first, "estimatedDeliveryDate");
        }
        return java.util.Optional.of(new OrderInfo(instanceId, slotId, asin, delivery));
    }

    /**
     * A SubscriptionChangedNotification's {@code subscriptionInfo.slotsSubscriptionStatus}: slot id to subscribed, in
     * the message's order; empty when the message has none. A slot whose value is not a boolean is left out.
     */
    public static java.util.Map<String, Boolean> slotsSubscriptionStatus(String message) {
        JsonValue info = readObject(message).get("subscriptionInfo");
        if (info == null || info.getValueType() != JsonValue.ValueType.OBJECT) {
            return java.util.Map.of();
        }
        JsonValue status = info.asJsonObject().get("slotsSubscriptionStatus");
        if (status == null || status.getValueType() != JsonValue.ValueType.OBJECT) {
            return java.util.Map.of();
        }
        java.util.Map<String, Boolean> slots = new java.util.LinkedHashMap<>();
        status.asJsonObject().forEach((slotId, subscribed) -> {
            JsonValue.ValueType type = subscribed.getValueType();
            if (slotId.length() <= 64 && (type == JsonValue.ValueType.TRUE || type == JsonValue.ValueType.FALSE)) {
                slots.put(slotId, type == JsonValue.ValueType.TRUE);
            }
        });
        return slots;
    }

    /** An order notification's orderInfo, as far as Kakehashi keeps it. */
    public record OrderInfo(String instanceId, String slotId, String asin, String estimatedDeliveryDate) {}

    private static JsonObject readObject(String message) {
        try (JsonReader reader = JSON.createReader(new StringReader(message))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new UnprocessableNotificationException("not a DRS envelope: not a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new UnprocessableNotificationException("not a DRS envelope: not JSON", e);
        }
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new UnprocessableNotificationException("not a DRS envelope: no object " + key);
        }
        return value.asJsonObject();
    }

    private static String text(JsonObject parent, String where, String key) {
        String value = optionalText(parent, key);
        if (value == null || value.isBlank()) {
            throw new UnprocessableNotificationException("not a DRS envelope: no " + where + "." + key);
        }
        return value;
    }

    private static String optionalText(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new UnprocessableNotificationException("not a DRS envelope: " + key + " is not a string");
        }
        return parent.getString(key);
    }

    /** Longer than Kakehashi stores: never processable, so parked rather than failing every delivery. */
    private static String fits(String value, String name, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new UnprocessableNotificationException("not a DRS envelope: " + name + " longer than " + maxLength);
        }
        return value;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UnprocessableNotificationException("not a DRS envelope: notificationTime " + text, e);
        }
    }
}
