package jp.kakehashi.drs.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the DRS envelope from an SNS notification's Message, bound by JSON-B to the records below, which mirror the
 * parts of it that Kakehashi reads. Fields it does not know are ignored, as DRS asks.
 *
 * <p>Text fields are bound as {@link JsonValue}, not String: JSON-B would turn a number or a boolean into text, and a
 * notification whose text field is anything else cannot be processed, with that field named in the reason.
 */
public final class DrsNotificationParser {

    /** Thread-safe and costly to build, so one serves every message. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private DrsNotificationParser() {}

    // The notification's shape. Public because JSON-B binds only public records; nothing else should use them.

    /**
     * What every DRS notification carries. customerInfo may be absent but, when present, must be an object: JSON-B
     * binds null and absent alike to a record, so it is kept as it came.
     */
    public record Envelope(NotificationInfo notificationInfo, DeviceInfo deviceInfo, JsonValue customerInfo) {}

    public record NotificationInfo(
            JsonValue notificationType, JsonValue notificationId, JsonValue lwaClientId, JsonValue notificationTime) {}

    public record DeviceInfo(DeviceIdentifier deviceIdentifier, ProductIdentifier productIdentifier) {}

    public record DeviceIdentifier(JsonValue serialNumber) {}

    public record ProductIdentifier(JsonValue modelId) {}

    /** An order notification, as far as its orderInfo goes. */
    public record OrderMessage(OrderInfoPart orderInfo) {}

    /** Only the first product is read; the rest of productInfo, whatever it holds, is ignored. */
    public record OrderInfoPart(JsonValue instanceId, JsonValue slotId, JsonValue productInfo) {}

    /** A SubscriptionChangedNotification, as far as its subscriptionInfo goes. */
    public record SubscriptionMessage(SubscriptionPart subscriptionInfo) {}

    /** Slot id to subscribed, in the message's order (a JsonObject keeps it, a bound Map need not). */
    public record SubscriptionPart(JsonObject slotsSubscriptionStatus) {}

    public static DrsNotification parse(String message) {
        Envelope envelope = bind(message, Envelope.class)
                .orElseThrow(() -> new UnprocessableNotificationException(
                        "not a DRS envelope: notificationInfo, deviceInfo or one of deviceInfo's identifiers is not"
                                + " an object"));
        NotificationInfo info = present(envelope.notificationInfo(), "notificationInfo");
        String typeName = text(info.notificationType(), "notificationInfo", "notificationType");
        DrsNotificationType type = DrsNotificationType.fromWireName(typeName)
                .orElseThrow(() -> new UnprocessableNotificationException("unknown DRS notification type " + typeName));
        DeviceInfo device = present(envelope.deviceInfo(), "deviceInfo");
        JsonObject customer = envelope.customerInfo() == null ? null : object(envelope.customerInfo(), "customerInfo");
        String notificationId =
                fits(text(info.notificationId(), "notificationInfo", "notificationId"), "notificationId", 128);
        String lwaClientId = fits(optionalText(info.lwaClientId(), "lwaClientId"), "lwaClientId", 256);
        Instant notificationTime = instant(text(info.notificationTime(), "notificationInfo", "notificationTime"));
        DeviceIdentifier deviceIdentifier = present(device.deviceIdentifier(), "deviceIdentifier");
        String serialNumber = fits(
                text(deviceIdentifier.serialNumber(), "deviceInfo.deviceIdentifier", "serialNumber"),
                "serialNumber",
                128);
        ProductIdentifier productIdentifier = present(device.productIdentifier(), "productIdentifier");
        String modelId =
                fits(text(productIdentifier.modelId(), "deviceInfo.productIdentifier", "modelId"), "modelId", 128);
        String directedCustomerId = customer == null
                ? null
                : fits(
                        optionalText(customer.get("directedCustomerId"), "directedCustomerId"),
                        "directedCustomerId",
                        128);
        return new DrsNotification(
                type, notificationId, lwaClientId, notificationTime, serialNumber, modelId, directedCustomerId);
    }

    /**
     * The orderInfo of an order notification (instanceId, slotId, the first product's ASIN and estimated delivery);
     * empty when the message has none, or when orderInfo is not an object.
     */
    public static Optional<OrderInfo> orderInfo(String message) {
        return bind(message, OrderMessage.class).map(OrderMessage::orderInfo).map(DrsNotificationParser::kept);
    }

    private static OrderInfo kept(OrderInfoPart order) {
        String instanceId = fits(optionalText(order.instanceId(), "instanceId"), "orderInfo.instanceId", 255);
        String slotId = fits(optionalText(order.slotId(), "slotId"), "orderInfo.slotId", 64);
        String asin = null;
        String delivery = null;
        if (order.productInfo() instanceof JsonArray products
                && !products.isEmpty()
                && products.get(0) instanceof JsonObject first) {
            asin = optionalText(first.get("asin"), "asin");
            delivery = optionalText(first.get("estimatedDeliveryDate"), "estimatedDeliveryDate");
        }
        return new OrderInfo(instanceId, slotId, asin, delivery);
    }

    /**
     * A SubscriptionChangedNotification's {@code subscriptionInfo.slotsSubscriptionStatus}: slot id to subscribed, in
     * the message's order; empty when the message has none. A slot whose value is not a boolean is left out.
     */
    public static Map<String, Boolean> slotsSubscriptionStatus(String message) {
        JsonObject status = bind(message, SubscriptionMessage.class)
                .map(SubscriptionMessage::subscriptionInfo)
                .map(SubscriptionPart::slotsSubscriptionStatus)
                .orElse(null);
        if (status == null) {
            return Map.of();
        }
        Map<String, Boolean> slots = new LinkedHashMap<>();
        status.forEach((slotId, subscribed) -> {
            JsonValue.ValueType type = subscribed.getValueType();
            if (slotId.length() <= 64 && (type == JsonValue.ValueType.TRUE || type == JsonValue.ValueType.FALSE)) {
                slots.put(slotId, type == JsonValue.ValueType.TRUE);
            }
        });
        return slots;
    }

    /** An order notification's orderInfo, as far as Kakehashi keeps it. */
    public record OrderInfo(String instanceId, String slotId, String asin, String estimatedDeliveryDate) {}

    /**
     * The message bound to its shape; empty when one of the parts the shape declares as an object is something else
     * (JSON-B refuses the whole message then, without saying which part in a way worth relying on).
     */
    private static <T> Optional<T> bind(String message, Class<T> shape) {
        T bound;
        try {
            bound = JSONB.fromJson(message, shape);
        } catch (JsonbException e) {
            if (causedByUnparsableJson(e)) {
                throw new UnprocessableNotificationException("not a DRS envelope: not JSON", e);
            }
            if (!startsAnObject(message)) {
                throw new UnprocessableNotificationException("not a DRS envelope: not a JSON object", e);
            }
            return Optional.empty();
        }
        // Yasson binds JSON's null to null, and an array to the object it starts with
        if (bound == null || !startsAnObject(message)) {
            throw new UnprocessableNotificationException("not a DRS envelope: not a JSON object");
        }
        return Optional.of(bound);
    }

    private static boolean startsAnObject(String json) {
        return json.stripLeading().startsWith("{");
    }

    private static boolean causedByUnparsableJson(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParsingException) {
                return true;
            }
        }
        return false;
    }

    private static <T> T present(T part, String key) {
        if (part == null) {
            throw new UnprocessableNotificationException("not a DRS envelope: no object " + key);
        }
        return part;
    }

    private static JsonObject object(JsonValue value, String key) {
        if (!(value instanceof JsonObject object)) {
            throw new UnprocessableNotificationException("not a DRS envelope: no object " + key);
        }
        return object;
    }

    private static String text(JsonValue value, String where, String key) {
        String text = optionalText(value, key);
        if (text == null || text.isBlank()) {
            throw new UnprocessableNotificationException("not a DRS envelope: no " + where + "." + key);
        }
        return text;
    }

    private static String optionalText(JsonValue value, String key) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new UnprocessableNotificationException("not a DRS envelope: " + key + " is not a string");
        }
        return string.getString();
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
