package jp.kakehashi.sandbox.pay.buyer;

import java.util.List;
import java.util.Optional;

/** The sandbox's test buyers. */
public final class TestBuyers {

    /** Exactly the example response of Amazon Pay's Amazon Sign-in guide (only buyerId is a realistic value instead of the placeholder). */
    public static final TestBuyer PAY_TESTER = new TestBuyer(
            "pay-tester",
            "amzn1.account.AEKAKEHASHIPAYTESTERJP000001",
            "Pay Tester",
            "jp-amazonpay-tester@amazon.co.jp",
            "153-0064",
            "JP",
            "+0398765432",
            new Address(
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
            new Address(
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
                    "+0398765432"),
            null);

    /** Pays only by gift card: Amazon then gives no billing address (Amazon Pay's Amazon Sign-in guide). */
    public static final TestBuyer GIFT_CARD_ONLY = new TestBuyer(
            "gift-card-only",
            "amzn1.account.AEKAKEHASHIGIFTCARDJP000002",
            "ギフト 花子",
            "jp-amazonpay-giftcard@example.jp",
            "530-0001",
            "JP",
            "+0661234567",
            new Address(
                    "ギフト 花子",
                    "大阪市北区梅田3-1-1",
                    "グランフロント 12階",
                    null,
                    null,
                    null,
                    null,
                    "大阪府",
                    "530-0001",
                    "JP",
                    "08033334444"),
            null,
            List.of("PRIME_MEMBER"));

    /** Long names and characters that must be escaped everywhere: markup, quotes, ampersands, non-BMP characters. */
    public static final TestBuyer TRICKY = new TestBuyer(
            "tricky",
            "amzn1.account.AEKAKEHASHITRICKYNAME000003",
            "<script>alert('x')</script> \"O'Brien\" & 𠮷野 𩸽太郎🍣 寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処に住む処",
            "o'brien&sons+<test>@example.jp",
            "100-0001",
            "JP",
            "+81-3-0000-0000",
            new Address(
                    "<b>&amp;</b> \"𠮷野家\" 🍣 'quoted'",
                    "千代田区千代田1-1 <script>document.cookie</script>",
                    "ビル名 & \"号室\" 𩸽",
                    "a".repeat(60),
                    null,
                    null,
                    null,
                    "東京都",
                    "100-0001",
                    "JP",
                    "+81 (3) 0000-0000"),
            new Address(
                    "請求 & <i>先</i> \"𠮷\"",
                    "千代田区丸の内1-9-1",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "東京都",
                    "100-0005",
                    "JP",
                    "0300000000"),
            null);

    public static final List<TestBuyer> ALL = List.of(PAY_TESTER, GIFT_CARD_ONLY, TRICKY);

    private TestBuyers() {}

    public static Optional<TestBuyer> byKey(String key) {
        return ALL.stream().filter(buyer -> buyer.key().equals(key)).findFirst();
    }

    public static Optional<TestBuyer> byBuyerId(String buyerId) {
        return ALL.stream().filter(buyer -> buyer.buyerId().equals(buyerId)).findFirst();
    }
}
