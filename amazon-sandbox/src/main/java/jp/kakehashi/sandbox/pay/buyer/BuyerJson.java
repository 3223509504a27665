package jp.kakehashi.sandbox.pay.buyer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;

/**
 * Get Buyer's body for a buyer and the scopes the sign-in payload asked for. Every field is present; those of
 * scopes not asked for are null, as {@code primeMembershipTypes} is in Amazon Pay's Amazon Sign-in guide's answer to a payload without
 * {@code primeStatus}. {@code buyerId} is always given.
 */
public final class BuyerJson {

    private BuyerJson() {}

    public static JsonObject of(TestBuyer buyer, Set<Scope> scopes) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("buyerId", buyer.buyerId());
        text(json, "name", scopes.contains(Scope.NAME) ? buyer.name() : null);
        text(json, "email", scopes.contains(Scope.EMAIL) ? buyer.email() : null);
        text(json, "postalCode", scopes.contains(Scope.POSTAL_CODE) ? buyer.postalCode() : null);
        text(json, "countryCode", scopes.contains(Scope.POSTAL_CODE) ? buyer.countryCode() : null);
        text(json, "phoneNumber", scopes.contains(Scope.PHONE_NUMBER) ? buyer.phoneNumber() : null);
        address(json, "shippingAddress", scopes.contains(Scope.SHIPPING_ADDRESS) ? buyer.shippingAddress() : null);
        address(json, "billingAddress", scopes.contains(Scope.BILLING_ADDRESS) ? buyer.billingAddress() : null);
        List<String> prime = scopes.contains(Scope.PRIME_STATUS) ? buyer.primeMembershipTypes() : null;
        if (prime == null) {
            json.addNull("primeMembershipTypes");
        } else {
            JsonArrayBuilder types = Json.createArrayBuilder();
            prime.forEach(types::add);
            json.add("primeMembershipTypes", types);
        }
        return json.build();
    }

    private static void address(JsonObjectBuilder json, String name, Address address) {
        if (address == null) {
            json.addNull(name);
            return;
        }
        JsonObjectBuilder fields = Json.createObjectBuilder();
        text(fields, "name", address.name());
        text(fields, "addressLine1", address.addressLine1());
        text(fields, "addressLine2", address.addressLine2());
        text(fields, "addressLine3", address.addressLine3());
        text(fields, "city", address.city());
        text(fields, "county", address.county());
        text(fields, "district", address.district());
        text(fields, "stateOrRegion", address.stateOrRegion());
        text(fields, "postalCode", address.postalCode());
        text(fields, "countryCode", address.countryCode());
        text(fields, "phoneNumber", address.phoneNumber());
        json.add(name, fields);
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
