package jp.kakehashi.sandbox.sns.drs;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kakehashi.sandbox.sns.domain.SnsMessage;

/**
 * A DRS notification, the JSON that goes into the SNS Message. The envelope is the DRS pre-registration guide's, key for key and in its
 * order: notificationInfo, deviceInfo, customerInfo; then subscriptionInfo or orderInfo where the type has them.
 *
 * @param slotsSubscriptionStatus SubscriptionChangedNotification only: slot id to subscribed
 * @param orderInfo               order and shipment types only (required for ItemShippedNotification)
 */
public record DrsNotification(
        DrsNotificationType type,
        String lwaClientId,
        Instant notificationTime,
        String notificationId,
        String serialNumber,
        String modelId,
        String directedCustomerId,
        Map<String, Boolean> slotsSubscriptionStatus,
        OrderInfo orderInfo) {

    public static final String VERSION = "2015-06-05";

    public DrsNotification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(notificationTime, "notificationTime");
        Objects.requireNonNull(notificationId, "notificationId");
        requireText(lwaClientId, "lwaClientId");
        requireText(serialNumber, "serialNumber");
        requireText(modelId, "modelId");
        requireText(directedCustomerId, "directedCustomerId");
        slotsSubscriptionStatus =
                slotsSubscriptionStatus == null ? Map.of() : new LinkedHashMap<>(slotsSubscriptionStatus);
        if (type == DrsNotificationType.SubscriptionChangedNotification && slotsSubscriptionStatus.isEmpty()) {
            throw new IllegalArgumentException("a SubscriptionChangedNotification needs slotsSubscriptionStatus");
        }
        if (type != DrsNotificationType.SubscriptionChangedNotification && !slotsSubscriptionStatus.isEmpty()) {
            throw new IllegalArgumentException("only a SubscriptionChangedNotification has slotsSubscriptionStatus");
        }
        if (type == DrsNotificationType.ItemShippedNotification && orderInfo == null) {
            throw new IllegalArgumentException("an ItemShippedNotification needs orderInfo");
        }
        if (!type.carriesOrderInfo() && orderInfo != null) {
            throw new IllegalArgumentException("a " + type + " has no orderInfo");
        }
    }

    /** @param quantity a number, as DRS writes it (e.g. 1.0) */
    public record ProductInfo(BigDecimal quantity, String unit, String asin, String estimatedDeliveryDate) {
        public ProductInfo {
            Objects.requireNonNull(quantity, "productInfo.quantity");
            requireText(unit, "productInfo.unit");
            requireText(asin, "productInfo.asin");
        }
    }

    public record OrderInfo(String instanceId, String slotId, List<ProductInfo> productInfo) {
        public OrderInfo {
            requireText(instanceId, "orderInfo.instanceId");
            requireText(slotId, "orderInfo.slotId");
            productInfo = productInfo == null ? List.of() : List.copyOf(productInfo);
        }
    }

    /** The notification as compact JSON. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add(
                        "notificationInfo",
                        Json.createObjectBuilder()
                                .add("notificationType", type.name())
                                .add("lwaClientId", lwaClientId)
                                .add("notificationTime", SnsMessage.TIMESTAMP.format(notificationTime))
                                .add("notificationId", notificationId)
                                .add("version", VERSION))
                .add(
                        "deviceInfo",
                        Json.createObjectBuilder()
                                .add(
                                        "deviceIdentifier",
                                        Json.createObjectBuilder().add("serialNumber", serialNumber))
                                .add(
                                        "productIdentifier",
                                        Json.createObjectBuilder().add("modelId", modelId)))
                .add("customerInfo", Json.createObjectBuilder().add("directedCustomerId", directedCustomerId));
        if (!slotsSubscriptionStatus.isEmpty()) {
            JsonObjectBuilder slots = Json.createObjectBuilder();
            slotsSubscriptionStatus.forEach(slots::add);
            json.add("subscriptionInfo", Json.createObjectBuilder().add("slotsSubscriptionStatus", slots));
        }
        if (orderInfo != null) {
            JsonArrayBuilder products = Json.createArrayBuilder();
            for (ProductInfo product : orderInfo.productInfo()) {
                JsonObjectBuilder item = Json.createObjectBuilder()
                        .add("quantity", product.quantity())
                        .add("unit", product.unit())
                        .add("asin", product.asin());
                if (product.estimatedDeliveryDate() != null
                        && !product.estimatedDeliveryDate().isBlank()) {
                    item.add("estimatedDeliveryDate", product.estimatedDeliveryDate());
                }
                products.add(item);
            }
            json.add(
                    "orderInfo",
                    Json.createObjectBuilder()
                            .add("instanceId", orderInfo.instanceId())
                            .add("slotId", orderInfo.slotId())
                            .add("productInfo", products));
        }
        return json.build().toString();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
