package jp.kakehashi.sandbox.pay.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalRequestTest {

    /** The official SDK's test vector (amazon-protocols.md section 1). */
    private static final String VECTOR = "GET\n/\n\naccept:application/json\ncontent-type:application/json\n"
            + "x-amz-pay-date:20180524T223710Z\nx-amz-pay-host:pay-api.amazon.eu\nx-amz-pay-region:EU\n\n"
            + "accept;content-type;x-amz-pay-date;x-amz-pay-host;x-amz-pay-region\n"
            + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void theSdkTestVectorIsBuiltAndHashedExactly() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("x-amz-pay-region", List.of("EU"));
        headers.put("Accept", List.of("application/json"));
        headers.put("x-amz-pay-host", List.of(" pay-api.amazon.eu "));
        headers.put("content-type", List.of("application/json"));
        headers.put("x-amz-pay-date", List.of("20180524T223710Z"));

        String canonical = CanonicalRequest.of("GET", "", null, headers, "", false);

        assertEquals(VECTOR, canonical);
        assertEquals("bb49552975c396f1e49d5510e1555b8b0627dc491bc61aaefdb561f202ad8020", Sha256.hex(canonical));
        assertEquals(
                "AMZN-PAY-RSASSA-PSS\nbb49552975c396f1e49d5510e1555b8b0627dc491bc61aaefdb561f202ad8020",
                PssSignatures.stringToSign(AmazonPayAlgorithm.V1, canonical));
    }

    @Test
    void pathsAreEncodedAsTheSdkEncodesThem() {
        assertEquals(
                "/amazon-sandbox/api/pay/v2/buyers/a%20b~c%2A",
                CanonicalRequest.canonicalUri("/amazon-sandbox//api/pay/v2/buyers/a b~c*"));
        assertEquals("/", CanonicalRequest.canonicalUri(""));
    }

    @Test
    void queryParametersAreSortedAndEncoded() {
        assertEquals("a=1&b=x%2Fy&b=z%20w", CanonicalRequest.canonicalQuery("b=z%20w&a=1&b=x%2Fy"));
        assertEquals("", CanonicalRequest.canonicalQuery(null));
    }
}
