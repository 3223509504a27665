package jp.kakehashi.sandbox.pay.buyer;

import java.io.Serializable;

/** An address as Get Buyer returns it; unused lines are null. */
public record Address(
        String name,
        String addressLine1,
        String addressLine2,
        String addressLine3,
        String city,
        String county,
        String district,
        String stateOrRegion,
        String postalCode,
        String countryCode,
        String phoneNumber)
        implements Serializable {}
