package jp.kakehashi.signin.domain;

import java.text.Normalizer;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kakehashi.member.domain.AmazonBuyerProfile;
import jp.kakehashi.member.domain.Prefecture;

/**
 * Get Buyer's answer folded into the registration form's fields: postal code as 123-4567, one of the 47 prefectures,
 * two address lines, phone numbers in ASCII. Values that do not translate are kept as given.
 */
public final class BuyerProfileTranslation {

    private BuyerProfileTranslation() {}

    public static AmazonBuyerProfile of(AmazonBuyer buyer) {
        AmazonAddress shipping = buyer.shippingAddress();
        AmazonBuyerProfile.Address address = shipping != null
                ? address(shipping, buyer.postalCode(), buyer.phoneNumber())
                : new AmazonBuyerProfile.Address(
                        null, postalCode(buyer.postalCode()), null, null, null, null, phoneNumber(buyer.phoneNumber()));
        AmazonBuyerProfile.Address billing =
                buyer.billingAddress() == null ? null : address(buyer.billingAddress(), null, null);
        String phone = phoneNumber(buyer.phoneNumber());
        return new AmazonBuyerProfile(
                buyer.buyerId(),
                trimmed(buyer.name()),
                trimmed(buyer.email()),
                phone != null ? phone : address.phoneNumber(),
                address,
                billing);
    }

    private static AmazonBuyerProfile.Address address(
            AmazonAddress amazon, String fallbackPostalCode, String fallbackPhone) {
        String postalCode = postalCode(amazon.postalCode() != null ? amazon.postalCode() : fallbackPostalCode);
        String line1 = join(amazon.city(), amazon.county(), amazon.district(), amazon.addressLine1());
        String line2 = join(amazon.addressLine2(), amazon.addressLine3());
        return new AmazonBuyerProfile.Address(
                trimmed(amazon.name()),
                postalCode,
                Prefecture.fromStateOrRegion(amazon.stateOrRegion()).orElse(null),
                trimmed(amazon.stateOrRegion()),
                line1,
                line2,
                phoneNumber(amazon.phoneNumber() != null ? amazon.phoneNumber() : fallbackPhone));
    }

    /** "153-0064", "1530064", "１５３−００６４" become "153-0064"; anything else is kept as given. */
    static String postalCode(String value) {
        String text = trimmed(value);
        if (text == null) {
            return null;
        }
        String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐−ー－]", "");
        return digits.matches("[0-9]{7}") ? digits.substring(0, 3) + "-" + digits.substring(3) : text;
    }

    /** Full-width digits and dashes become ASCII; spaces go. */
    static String phoneNumber(String value) {
        String text = trimmed(value);
        return text == null
                ? null
                : Normalizer.normalize(text, Normalizer.Form.NFKC)
                        .replaceAll("[‐−ー－]", "-")
                        .replaceAll("\\s", "");
    }

    private static String join(String... parts) {
        String joined = Stream.of(parts)
                .map(BuyerProfileTranslation::trimmed)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.isEmpty() ? null : text;
    }
}
