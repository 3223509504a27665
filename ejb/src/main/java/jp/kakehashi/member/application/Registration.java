package jp.kakehashi.member.application;

import jp.kakehashi.member.domain.PostalAddress;

/**
 * A new member as the registration form submits it.
 *
 * @param password       null only for a member who registers with Amazon (they sign in with Amazon)
 * @param billingAddress null when the member has none (a gift-card-only Amazon buyer)
 * @param amazonBuyerId  the Get Buyer buyerId to link, or null
 */
public record Registration(String email, char[] password, String name, String phoneNumber, PostalAddress address,
                           PostalAddress billingAddress, String amazonBuyerId) {

    @Override
    public String toString() {
        return "Registration[amazon=" + (amazonBuyerId != null) + "]";
    }
}
