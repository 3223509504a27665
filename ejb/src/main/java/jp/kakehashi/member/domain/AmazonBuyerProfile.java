package jp.kakehashi.member.domain;

import java.io.Serializable;

/**
 * What the registration form is pre-filled with: what Amazon told of the buyer, in the shop's fields (postal code as
 * 123-4567, one of the 47 prefectures, two address lines; sign-in's {@code BuyerProfileTranslation} makes it from Get
 * Buyer). Values that did not translate are left for the shopper to correct; the form validates them on submit.
 */
public record AmazonBuyerProfile(
        String buyerId, String name, String email, String phoneNumber, Address address, Address billingAddress)
        implements Serializable {

    /** An address in the form's fields; any may be null. */
    public record Address(
            String recipientName,
            String postalCode,
            Prefecture prefecture,
            String prefectureAsGiven,
            String line1,
            String line2,
            String phoneNumber)
            implements Serializable {}

    @Override
    public String toString() {
        return "AmazonBuyerProfile[" + buyerId + "]";
    }
}
