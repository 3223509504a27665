package jp.kakehashi.member.application;

import java.util.Locale;
import jp.kakehashi.member.domain.PostalAddress;

/**
 * A new member as the registration form submits it.
 *
 * @param password           null only for a member who registers with Amazon (they sign in with Amazon)
 * @param billingAddress     null when the member has none (a gift-card-only Amazon buyer)
 * @param amazonBuyerId      the Get Buyer buyerId to link, or null
 * @param emailGivenByAmazon the address Get Buyer gave for that buyer, or null: when the member kept it, Amazon has
 *                           proved it and no link is mailed
 * @param locale             the language of the mails the registration causes
 * @param source             the client address as Liberty's remoteIp resolves it, for the per-source mail limit;
 *                           null where unknown
 */
public record Registration(
        String email,
        char[] password,
        String name,
        String phoneNumber,
        PostalAddress address,
        PostalAddress billingAddress,
        String amazonBuyerId,
        String emailGivenByAmazon,
        Locale locale,
        String source) {

    /** A registration from an unknown source (counted shop-wide only). */
    public Registration(
            String email,
            char[] password,
            String name,
            String phoneNumber,
            PostalAddress address,
            PostalAddress billingAddress,
            String amazonBuyerId,
            String emailGivenByAmazon,
            Locale locale) {
        this(
                email,
                password,
                name,
                phoneNumber,
                address,
                billingAddress,
                amazonBuyerId,
                emailGivenByAmazon,
                locale,
                null);
    }

    /** A registration by hand (no Amazon), in Japanese. */
    public Registration(
            String email,
            char[] password,
            String name,
            String phoneNumber,
            PostalAddress address,
            PostalAddress billingAddress,
            String amazonBuyerId) {
        this(email, password, name, phoneNumber, address, billingAddress, amazonBuyerId, null, Locale.JAPANESE, null);
    }

    @Override
    public String toString() {
        return "Registration[amazon=" + (amazonBuyerId != null) + "]";
    }
}
