package jp.kakehashi.sandbox.pay.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazon.pay.api.PayConfiguration;
import com.amazon.pay.api.RequestSigner;
import com.amazon.pay.api.types.Environment;
import com.amazon.pay.api.types.Region;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kakehashi.sandbox.pay.TestKeys;
import jp.kakehashi.sandbox.pay.keys.PemKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proof against Amazon's own code: a Get Buyer request signed by the official Java SDK's RequestSigner
 * (amazon-pay-api-sdk-java) verifies in the sandbox, and the same request with one header changed does not.
 */
class OfficialSdkSignatureTest {

    private static final String KEY_ID = "SANDBOX-AHSDKPROOF000000000000001";
    private static final URI GET_BUYER =
            URI.create("http://localhost:9180/amazon-sandbox/api/pay/v2/buyers/26be7331-7dc2-4722-be22-f7e75582d3ef");

    private final RequestSignatureVerifier verifier = new RequestSignatureVerifier(
            TestKeys.registry(Map.of(KEY_ID, TestKeys.MERCHANT.getPublic())),
            Clock.systemUTC(),
            Duration.ofMinutes(15));

    @ParameterizedTest
    @ValueSource(strings = {"AMZN-PAY-RSASSA-PSS", "AMZN-PAY-RSASSA-PSS-V2"})
    void aRequestSignedByTheOfficialSdkVerifies(String algorithm) throws Exception {
        Map<String, List<String>> headers = signedBySdk(algorithm);

        var verified = verifier.verify(request(headers));

        assertEquals(KEY_ID, verified.publicKeyId());
        assertEquals(algorithm, verified.algorithm().headerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-amz-pay-date", "x-amz-pay-host", "x-amz-pay-region", "accept", "content-type"})
    void theSameRequestWithOneHeaderChangedIsRefused(String header) throws Exception {
        Map<String, List<String>> headers = signedBySdk("AMZN-PAY-RSASSA-PSS-V2");
        String original = headers.get(header).get(0);
        headers.put(
                header,
                List.of(
                        header.equals("x-amz-pay-region")
                                ? "NA"
                                : header.equals("x-amz-pay-date")
                                        ? original.substring(0, original.length() - 2)
                                                + (original.endsWith("0Z") ? "1Z" : "0Z")
                                        : original + "x"));

        PayApiException refused = assertThrows(PayApiException.class, () -> verifier.verify(request(headers)));
        assertEquals("InvalidRequestSignature", refused.reasonCode());
        assertEquals(401, refused.status());
    }

    private static Map<String, List<String>> signedBySdk(String algorithm) throws Exception {
        PayConfiguration configuration = new PayConfiguration()
                .setPublicKeyId(KEY_ID)
                .setRegion(Region.JP)
                .setEnvironment(Environment.SANDBOX)
                .setAlgorithm(algorithm)
                .setPrivateKey(PemKeys.privateKeyPem(TestKeys.MERCHANT.getPrivate()));
        Map<String, String> signed =
                new RequestSigner(configuration).signRequest(GET_BUYER, "GET", new HashMap<>(), "", new HashMap<>());
        Map<String, List<String>> headers = new HashMap<>();
        signed.forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), List.of(value)));
        return headers;
    }

    private static RequestSignatureVerifier.IncomingRequest request(Map<String, List<String>> headers) {
        return new RequestSignatureVerifier.IncomingRequest("GET", List.of(GET_BUYER.getPath()), null, headers, "");
    }
}
