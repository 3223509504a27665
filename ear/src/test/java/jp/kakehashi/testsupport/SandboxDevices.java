package jp.kakehashi.testsupport;

import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Devices as Amazon knows them, through the sandbox's control APIs: pre-registered serials of Kakehashi's own model,
 * each test its own, the customer cancelling at Amazon, and DRS notifications delivered through SNS.
 */
public final class SandboxDevices {

    public static final String MODEL = "KAKEHASHI_COFFEE_01";

    private final Http http;

    public SandboxDevices(Http http) {
        this.http = http;
    }

    /** A serial of Kakehashi's model that nobody has used yet, not pre-registered. */
    public static String freshSerial() {
        return "KCF01-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /** An Amazon customer id of a test's own. */
    public static String freshCustomer(String prefix) {
        return "amzn1.account." + prefix
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    /** A fresh serial, pre-registered at Amazon for this customer (bought on Amazon with replenishment chosen). */
    public String preRegistered(String customer) {
        String serial = freshSerial();
        HttpResponse<String> preRegistered =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/lwa/devices"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("serial", serial)
                                .add("modelId", MODEL)
                                .add("directedCustomerId", customer)
                                .build()
                                .toString()))
                        .build());
        expect(201, preRegistered);
        return serial;
    }

    /** The customer cancels replenishment at Amazon: every token issued for the device stops working. */
    public void revoke(String serial) {
        expect(
                200,
                http.send(HttpRequest.newBuilder(KakehashiServer.uri(
                                "/amazon-sandbox/api/sandbox/lwa/devices/" + MODEL + "/" + serial + "/revocation"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build()));
    }

    /** Amazon publishes a DRS notification of this type for the device to the DRS topic Kakehashi subscribes to. */
    public void notify(String type, String model, String serial, String customer) {
        expect(
                200,
                http.send(
                        HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/sns/drs/notifications"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                        .add("type", type)
                                        .add("serialNumber", serial)
                                        .add("modelId", model)
                                        .add("directedCustomerId", customer)
                                        .add("lwaClientId", "amzn1.application-oa2-client.kakehashi-it")
                                        .build()
                                        .toString()))
                                .build()));
    }

    /** The device's access tokens expire at Amazon now; its refresh token still works. */
    public void expireAccessTokens(String serial) {
        expect(
                200,
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/lwa/devices/" + MODEL
                                + "/" + serial + "/access-token-expiry"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build()));
    }

    /** The last DeviceStatus the device sent to the sandbox's DRS service, once it has sent one. */
    public Optional<jakarta.json.JsonObject> deviceStatus(String serial) {
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(KakehashiServer.uri(
                        "/amazon-sandbox/api/sandbox/drs/devices/" + MODEL + "/" + serial + "/status"))
                .GET()
                .build());
        return status.statusCode() == 404
                ? Optional.empty()
                : Optional.of(Json.createReader(new java.io.StringReader(status.body()))
                        .readObject());
    }

    /** The orders the sandbox's DRS service placed for the device, newest first. */
    public jakarta.json.JsonArray orders(String serial) {
        HttpResponse<String> orders = http.send(
                HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/drs/orders?serial=" + serial))
                        .GET()
                        .build());
        expect(200, orders);
        return Json.createReader(new java.io.StringReader(orders.body())).readArray();
    }

    /**
     * The customer subscribes the slot to a product of the model on Amazon's site, or ends its subscription ({@code asin}
     * null): SubscriptionChangedNotification follows through SNS.
     */
    public void changeSubscription(String model, String serial, String slotId, String asin) {
        String body = asin == null
                ? "{\"asin\":null}"
                : Json.createObjectBuilder().add("asin", asin).build().toString();
        expect(
                200,
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/drs/devices/" + model
                                + "/" + serial + "/subscriptions/" + slotId))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build()));
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
