package jp.kakehashi.sandbox.pay.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnUrlsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://shop.example/signin|https://shop.example/signin?buyerToken=T",
                "https://shop.example/signin/|https://shop.example/signin/?buyerToken=T",
                "https://shop.example/signin?lang=ja|https://shop.example/signin?lang=ja&buyerToken=T",
                "https://shop.example/signin?a=1&b=%E3%81%82|https://shop.example/signin?a=1&b=%E3%81%82&buyerToken=T",
                "https://shop.example/signin?|https://shop.example/signin?buyerToken=T",
                "https://shop.example/signin?a=1&|https://shop.example/signin?a=1&buyerToken=T",
                "https://shop.example/signin#top|https://shop.example/signin?buyerToken=T#top",
                "https://shop.example/signin?a=1#top|https://shop.example/signin?a=1&buyerToken=T#top"
            })
    void theTokenIsAddedToTheSignedUrlUnchanged(String returnUrl, String expected) {
        assertEquals(expected, ReturnUrls.withBuyerToken(returnUrl, "T"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a b&c=d/+|a+b%26c%3Dd%2F%2B",
                "26be7331-7dc2-4722-be22-f7e75582d3ef|26be7331-7dc2-4722-be22-f7e75582d3ef"
            })
    void theTokenIsUrlEncoded(String token, String encoded) {
        assertEquals(
                "https://shop.example/r?buyerToken=" + encoded,
                ReturnUrls.withBuyerToken("https://shop.example/r", token));
    }
}
