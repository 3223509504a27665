package jp.kakehashi.shared.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SecretsInUrlsTest {

    @Test
    void secretValuesAreRedactedAndTheRestKept() {
        assertEquals("buyerToken=REDACTED&result=ok", SecretsInUrls.redactQuery("buyerToken=abc123&result=ok"));
        assertEquals(
                "code=REDACTED&state=REDACTED&model=M1&serial=S1",
                SecretsInUrls.redactQuery("code=ANxyz&state=st4te&model=M1&serial=S1"));
        assertEquals("token=REDACTED", SecretsInUrls.redactQuery("token=s3cret"));
        assertEquals(
                "Refresh_Token=REDACTED&PASSWORD=REDACTED&x-amz-signature=REDACTED",
                SecretsInUrls.redactQuery("Refresh_Token=a&PASSWORD=b&x-amz-signature=c"));
        assertEquals(
                "next=%2Fmember%2Fdevices.xhtml&flag",
                SecretsInUrls.redactQuery("next=%2Fmember%2Fdevices.xhtml&flag"));
        assertEquals(
                "buyer%54oken=REDACTED",
                SecretsInUrls.redactQuery("buyer%54oken=abc"), "an escaped name is still the name");
        assertNull(SecretsInUrls.redactQuery(null));
    }

    @Test
    void getBuyersTokenIsRedactedInThePath() {
        assertEquals(
                "https://pay-api.amazon.jp/v2/buyers/REDACTED",
                SecretsInUrls.redactUrl(URI.create("https://pay-api.amazon.jp/v2/buyers/abcDEF123")));
        assertEquals(
                "http://localhost:9080/amazon-sandbox/sandbox/v2/buyers/REDACTED?state=REDACTED&lang=ja",
                SecretsInUrls.redactUrl(
                        URI.create("http://localhost:9080/amazon-sandbox/sandbox/v2/buyers/tok?state=s&lang=ja#x")));
        assertEquals(
                "https://api.amazon.com/auth/o2/token",
                SecretsInUrls.redactUrl(URI.create("https://api.amazon.com/auth/o2/token")));
    }
}
