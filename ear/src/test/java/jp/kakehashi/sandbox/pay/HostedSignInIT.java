package jp.kakehashi.sandbox.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** checkout.js, the hosted page's checks of a button configuration, and the console page, over HTTP. */
class HostedSignInIT {

    private static final String PAYLOAD = "{\"signInReturnUrl\":\"https://shop.example/signin?lang=ja\",\"storeId\":\""
            + DemoMerchant.STORE_ID + "\",\"signInScopes\":[\"name\",\"email\"]}";

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void checkoutJsIsServed() {
        HttpResponse<String> script = http.get("/amazon-sandbox/checkout.js");

        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("renderButton"));
    }

    @Test
    void aCorrectlySignedButtonLeadsToTheHostedPage() {
        HttpResponse<String> response = postButton(
                "SignIn",
                "AMZN-PAY-RSASSA-PSS-V2",
                DemoMerchant.sign("AMZN-PAY-RSASSA-PSS-V2", PAYLOAD, DemoMerchant.privateKey()));

        assertEquals(303, response.statusCode(), response.body());
        assertTrue(response.headers()
                .firstValue("Location")
                .orElseThrow()
                .contains("/amazon-sandbox/pay/signin.xhtml?signIn="));
    }

    @Test
    void aSignatureWithTheOtherAlgorithmShowsTheErrorAndDoesNotRedirect() {
        HttpResponse<String> response = postButton(
                "SignIn",
                "AMZN-PAY-RSASSA-PSS-V2",
                DemoMerchant.sign("AMZN-PAY-RSASSA-PSS", PAYLOAD, DemoMerchant.privateKey()));

        assertRefusedWith(response, "InvalidSignatureError");
    }

    @Test
    void aPayAndShipButtonIsRefused() {
        HttpResponse<String> response = postButton(
                "PayAndShip",
                "AMZN-PAY-RSASSA-PSS-V2",
                DemoMerchant.sign("AMZN-PAY-RSASSA-PSS-V2", PAYLOAD, DemoMerchant.privateKey()));

        assertRefusedWith(response, "InvalidParameterValue");
    }

    @Test
    void theConsolePageListsBuyersAndKeysEscaped() {
        HttpResponse<String> page = http.get("/amazon-sandbox/console/buyers.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Pay Tester"));
        assertTrue(page.body().contains(DemoMerchant.PUBLIC_KEY_ID));
        assertTrue(page.body().contains("&lt;script&gt;alert("), "the tricky buyer's name is escaped");
        assertFalse(page.body().contains("<script>alert("));
        assertFalse(page.body().contains("PRIVATE KEY"));
    }

    private HttpResponse<String> postButton(String productType, String algorithm, String signature) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("merchantId", DemoMerchant.MERCHANT_ID);
        form.put("ledgerCurrency", "JPY");
        form.put("sandbox", "true");
        form.put("checkoutLanguage", "en_US");
        form.put("productType", productType);
        form.put("placement", "Cart");
        form.put("buttonColor", "Gold");
        form.put("payloadJSON", PAYLOAD);
        form.put("signature", signature);
        form.put("publicKeyId", DemoMerchant.PUBLIC_KEY_ID);
        form.put("algorithm", algorithm);
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/pay/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static void assertRefusedWith(HttpResponse<String> response, String errorCode) {
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Location").isEmpty());
        assertTrue(response.body().contains(errorCode), response.body());
        assertTrue(response.body().contains("Something went wrong"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
