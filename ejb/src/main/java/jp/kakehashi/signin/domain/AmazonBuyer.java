package jp.kakehashi.signin.domain;

import java.util.Objects;

/**
 * The buyer as Get Buyer returns it. Only {@code buyerId} is guaranteed: the rest depends on the scopes the button
 * asked for, and {@code billingAddress} is null for a buyer who pays only with gift cards (Amazon Pay's Amazon Sign-in guide).
 */
public record AmazonBuyer(
        String buyerId,
        String name,
        String email,
        String postalCode,
        String countryCode,
        String phoneNumber,
        AmazonAddress shippingAddress,
        AmazonAddress billingAddress) {

    public AmazonBuyer {
        Objects.requireNonNull(buyerId, "buyerId");
    }

    /** Never the buyer's personal data: safe for logs. */
    @Override
    public String toString() {
        return "AmazonBuyer[" + buyerId + "]";
    }
}
