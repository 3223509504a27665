package jp.kakehashi.sandbox.pay.buyer;

import java.io.Serializable;
import java.util.List;

/**
 * A shopper who can sign in on the hosted page.
 *
 * @param key             a short handle for pages and tests
 * @param billingAddress  null when the buyer pays only by gift card (Amazon Pay's Amazon Sign-in guide)
 * @param primeMembershipTypes null when not a Prime member
 */
public record TestBuyer(
        String key,
        String buyerId,
        String name,
        String email,
        String postalCode,
        String countryCode,
        String phoneNumber,
        Address shippingAddress,
        Address billingAddress,
        List<String> primeMembershipTypes)
        implements Serializable {

    public boolean isGiftCardOnly() {
        return billingAddress == null;
    }
}
