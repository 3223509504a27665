package jp.kakehashi.sandbox.pay.buyer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code signInScopes} of a SignIn payload and the Get Buyer fields each one releases. */
public enum Scope {
    NAME("name", List.of("name")),
    EMAIL("email", List.of("email")),
    POSTAL_CODE("postalCode", List.of("postalCode", "countryCode")),
    SHIPPING_ADDRESS("shippingAddress", List.of("shippingAddress")),
    PHONE_NUMBER("phoneNumber", List.of("phoneNumber")),
    BILLING_ADDRESS("billingAddress", List.of("billingAddress")),
    PRIME_STATUS("primeStatus", List.of("primeMembershipTypes"));

    private final String value;
    private final List<String> fields;

    Scope(String value, List<String> fields) {
        this.value = value;
        this.fields = fields;
    }

    public static Optional<Scope> of(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.value.equals(value))
                .findFirst();
    }

    /** The name as it appears in the payload. */
    public String value() {
        return value;
    }

    public List<String> fields() {
        return fields;
    }
}
