package jp.kakehashi.signin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jp.kakehashi.member.domain.AmazonBuyerProfile;
import jp.kakehashi.member.domain.Prefecture;
import org.junit.jupiter.api.Test;

/** Amazon's address fields into the registration form's, with Amazon Pay's Amazon Sign-in guide's example buyer. */
class BuyerProfileTranslationTest {

    static final AmazonBuyer SEED_000_BUYER = new AmazonBuyer(
            "amzn1.account.xxxxxxx",
            "Pay Tester",
            "jp-amazonpay-tester@amazon.co.jp",
            "153-0064",
            "JP",
            "+0398765432",
            new AmazonAddress(
                    "七姓 名",
                    "目黒区下目黒1-8-1 メゾン・コート 101号",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "東京都",
                    "153-0064",
                    "JP",
                    "09011112222"),
            new AmazonAddress(
                    "請求先テスト",
                    "品川区上大崎 3-1-1",
                    "目黒セントラルスクエア",
                    null,
                    null,
                    null,
                    null,
                    "東京都",
                    "141-0021",
                    "JP",
                    "+0398765432"));

    @Test
    void seed000sBuyerFillsEveryField() {
        AmazonBuyerProfile profile = BuyerProfileTranslation.of(SEED_000_BUYER);

        assertEquals("amzn1.account.xxxxxxx", profile.buyerId());
        assertEquals("Pay Tester", profile.name());
        assertEquals("jp-amazonpay-tester@amazon.co.jp", profile.email());
        assertEquals("+0398765432", profile.phoneNumber());
        assertEquals(
                new AmazonBuyerProfile.Address(
                        "七姓 名", "153-0064", Prefecture.TOKYO, "東京都", "目黒区下目黒1-8-1 メゾン・コート 101号", null, "09011112222"),
                profile.address());
        assertEquals(
                new AmazonBuyerProfile.Address(
                        "請求先テスト", "141-0021", Prefecture.TOKYO, "東京都", "品川区上大崎 3-1-1", "目黒セントラルスクエア", "+0398765432"),
                profile.billingAddress());
    }

    @Test
    void aGiftCardOnlyBuyerHasNoBillingAddress() {
        AmazonBuyer giftCardOnly = new AmazonBuyer(
                SEED_000_BUYER.buyerId(),
                SEED_000_BUYER.name(),
                SEED_000_BUYER.email(),
                SEED_000_BUYER.postalCode(),
                "JP",
                SEED_000_BUYER.phoneNumber(),
                SEED_000_BUYER.shippingAddress(),
                null);

        assertNull(BuyerProfileTranslation.of(giftCardOnly).billingAddress());
    }

    @Test
    void cityCountyAndDistrictGoBeforeTheFirstLineAndLinesTwoAndThreeJoin() {
        AmazonBuyer buyer = new AmazonBuyer(
                "b",
                null,
                null,
                null,
                null,
                null,
                new AmazonAddress(
                        null, "1-2-3", "ハイツ", "202", "大阪市", null, "北区", "Osaka-fu", "530 0001", "JP", "06 1234 5678"),
                null);

        AmazonBuyerProfile.Address address = BuyerProfileTranslation.of(buyer).address();

        assertEquals("大阪市 北区 1-2-3", address.line1());
        assertEquals("ハイツ 202", address.line2());
        assertEquals(Prefecture.OSAKA, address.prefecture());
        assertEquals("530-0001", address.postalCode());
        assertEquals("0612345678", address.phoneNumber());
    }

    @Test
    void onlyTheBuyerIdIsGuaranteed() {
        AmazonBuyerProfile profile = BuyerProfileTranslation.of(
                new AmazonBuyer("amzn1.account.only", null, null, null, null, null, null, null));

        assertEquals("amzn1.account.only", profile.buyerId());
        assertNull(profile.name());
        assertNull(profile.address().postalCode());
        assertNull(profile.billingAddress());
    }

    @Test
    void anUnknownRegionIsKeptForTheShopperToChoose() {
        AmazonBuyer buyer = new AmazonBuyer(
                "b",
                null,
                null,
                null,
                null,
                null,
                new AmazonAddress(null, null, null, null, null, null, null, "Somewhere", "ABC", "JP", null),
                null);

        AmazonBuyerProfile.Address address = BuyerProfileTranslation.of(buyer).address();

        assertNull(address.prefecture());
        assertEquals("Somewhere", address.prefectureAsGiven());
        assertEquals("ABC", address.postalCode());
    }

    @Test
    void fullWidthDigitsAreNormalised() {
        assertEquals("153-0064", BuyerProfileTranslation.postalCode("１５３－００６４"));
        assertEquals("090-1111-2222", BuyerProfileTranslation.phoneNumber("０９０－１１１１－２２２２"));
    }

    @Test
    void neverShowsPersonalDataInLogs() {
        assertEquals(
                "AmazonBuyerProfile[amzn1.account.xxxxxxx]",
                BuyerProfileTranslation.of(SEED_000_BUYER).toString());
        assertEquals("AmazonBuyer[amzn1.account.xxxxxxx]", SEED_000_BUYER.toString());
    }
}
