package jp.kakehashi.signin.domain;

/** An address as Amazon Pay's Get Buyer returns it; any field may be null. */
public record AmazonAddress(
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
        String phoneNumber) {}
