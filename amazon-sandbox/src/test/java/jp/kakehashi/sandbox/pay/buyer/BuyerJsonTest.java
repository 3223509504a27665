package jp.kakehashi.sandbox.pay.buyer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuyerJsonTest {

    /** Amazon Pay's Amazon Sign-in guide's example response, as JSON, with the sandbox's buyerId in place of the placeholder. */
    private static final String SEED_000 = """
            {"buyerId":"amzn1.account.AEKAKEHASHIPAYTESTERJP000001","name":"Pay Tester",
             "email":"jp-amazonpay-tester@amazon.co.jp","postalCode":"153-0064","countryCode":"JP","phoneNumber":"+0398765432",
             "shippingAddress":{"name":"七姓 名","addressLine1":"目黒区下目黒1-8-1 メゾン・コート 101号","addressLine2":null,
               "addressLine3":null,"city":null,"county":null,"district":null,"stateOrRegion":"東京都","postalCode":"153-0064",
               "countryCode":"JP","phoneNumber":"09011112222"},
             "billingAddress":{"name":"請求先テスト","addressLine1":"品川区上大崎 3-1-1","addressLine2":"目黒セントラルスクエア",
               "addressLine3":null,"city":null,"county":null,"district":null,"stateOrRegion":"東京都","postalCode":"141-0021",
               "countryCode":"JP","phoneNumber":"+0398765432"},
             "primeMembershipTypes":null}""";

    private static final Set<Scope> SEED_SCOPES = EnumSet.of(
            Scope.NAME,
            Scope.EMAIL,
            Scope.POSTAL_CODE,
            Scope.SHIPPING_ADDRESS,
            Scope.PHONE_NUMBER,
            Scope.BILLING_ADDRESS);

    @Test
    void thePayTesterAnswersExactlyAsSeed000() {
        JsonObject expected = Json.createReader(new StringReader(SEED_000)).readObject();

        assertEquals(expected, BuyerJson.of(TestBuyers.PAY_TESTER, SEED_SCOPES));
    }

    @Test
    void onlyTheAskedScopesAreFilledAndBuyerIdIsAlwaysThere() {
        JsonObject json = BuyerJson.of(TestBuyers.PAY_TESTER, EnumSet.of(Scope.EMAIL));

        assertEquals("amzn1.account.AEKAKEHASHIPAYTESTERJP000001", json.getString("buyerId"));
        assertEquals("jp-amazonpay-tester@amazon.co.jp", json.getString("email"));
        for (String field : new String[] {
            "name",
            "postalCode",
            "countryCode",
            "phoneNumber",
            "shippingAddress",
            "billingAddress",
            "primeMembershipTypes"
        }) {
            assertEquals(JsonValue.NULL, json.get(field), field);
        }
    }

    @Test
    void noScopeGivesOnlyTheBuyerId() {
        JsonObject json = BuyerJson.of(TestBuyers.TRICKY, Set.of());

        assertEquals(
                1,
                json.values().stream().filter(value -> value != JsonValue.NULL).count());
    }

    @Test
    void postalCodeReleasesTheCountryToo() {
        JsonObject json = BuyerJson.of(TestBuyers.PAY_TESTER, EnumSet.of(Scope.POSTAL_CODE));

        assertEquals("153-0064", json.getString("postalCode"));
        assertEquals("JP", json.getString("countryCode"));
    }

    @Test
    void aGiftCardOnlyBuyerHasNoBillingAddressEvenWhenAsked() {
        JsonObject json = BuyerJson.of(TestBuyers.GIFT_CARD_ONLY, EnumSet.allOf(Scope.class));

        assertTrue(TestBuyers.GIFT_CARD_ONLY.isGiftCardOnly());
        assertEquals(JsonValue.NULL, json.get("billingAddress"));
        assertEquals("PRIME_MEMBER", json.getJsonArray("primeMembershipTypes").getString(0));
    }

    @Test
    void trickyCharactersSurviveJsonUnchanged() {
        JsonObject json = BuyerJson.of(TestBuyers.TRICKY, EnumSet.allOf(Scope.class));
        JsonObject reread = Json.createReader(new StringReader(json.toString())).readObject();

        assertEquals(TestBuyers.TRICKY.name(), reread.getString("name"));
        assertTrue(reread.getString("name").contains("𠮷")
                && reread.getString("name").contains("<script>"));
        assertEquals(TestBuyers.TRICKY.email(), reread.getString("email"));
    }
}
