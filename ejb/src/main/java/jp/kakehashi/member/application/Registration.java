package jp.kakehashi.member.application;

import jp.kakehashi.member.domain.PostalAddress;

import java.util.Locale;

/**
 * A new member as the registration form submits it.
 *
 * @param password           null only for a member who registers with Amazon (they sign in with Amazon)
 * @param billingAddress     null when the member has none (a gift-card-only Amazon buyer)
 * @param amazonBuyerId      the Get Buyer buyerId to link, or null
 * @param emailGivenByAmazon the address Get Buyer gave for that buyer, or null: when the member kept it, Amazon has
 *                           proved it and no link is mailed
 * @param locale             the language of the mails the registration causes
 */
public record Registration(String email, char[] password, String name, String phoneNumber, PostalAddress address,
                           PostalAddress billingAddress, String amazonBuyerId, String emailGivenByAmazon, Locale locale) {

    /** A registration by hand (no Amazon), in Japanese. */
    public Registration(String email, char[] password, String name, String phoneNumber, PostalAddress address,
                        PostalAddress billingAddress, String amazonBuyerId) {
        this(email, password, name, phoneNumber, address, billingAddress, amazonBuyerId, null, Locale.JAPANESE);
    }

    @Override
    public String toString() {
        return "Registration[amazon=" + (amazonBuyerId != null) + "]";
    }
}
