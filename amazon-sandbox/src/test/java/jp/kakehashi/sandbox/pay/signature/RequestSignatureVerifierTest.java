package jp.kakehashi.sandbox.pay.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakehashi.sandbox.pay.MutableClock;
import jp.kakehashi.sandbox.pay.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestSignatureVerifierTest {

    private static final String KEY_ID = "SANDBOX-AHTESTKEY00000000000001";
    private static final Instant NOW = Instant.parse("2024-05-01T03:04:05Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final RequestSignatureVerifier verifier = new RequestSignatureVerifier(
            TestKeys.registry(Map.of(KEY_ID, TestKeys.MERCHANT.getPublic())), clock, Duration.ofMinutes(15));

    @ParameterizedTest
    @EnumSource(AmazonPayAlgorithm.class)
    void bothAlgorithmsVerify(AmazonPayAlgorithm algorithm) {
        var verified = verifier.verify(request(signed(RequestSigning.headers("20240501T030405Z", "JP"), algorithm)));

        assertEquals(KEY_ID, verified.publicKeyId());
        assertEquals(algorithm, verified.algorithm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"20240501T030405Z", "2024-05-01T03:04:05Z"})
    void bothDateFormatsAreAccepted(String date) {
        assertEquals(
                NOW,
                verifier.verify(request(signed(RequestSigning.headers(date, "JP"), AmazonPayAlgorithm.V2)))
                        .date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"JP", "jp", "Jp", "na", "EU"})
    void theRegionIsAcceptedInAnyCase(String region) {
        assertEquals(
                region,
                verifier.verify(request(
                                signed(RequestSigning.headers("20240501T030405Z", region), AmazonPayAlgorithm.V2)))
                        .region());
    }

    @Test
    void anUnknownRegionIsAnInvalidHeader() {
        assertRefused(
                400,
                "InvalidHeaderValue",
                request(signed(RequestSigning.headers("20240501T030405Z", "APAC"), AmazonPayAlgorithm.V2)));
    }

    @Test
    void aDateWithinTheSkewIsAcceptedAndBeyondItRefused() {
        var request = request(signed(RequestSigning.headers("20240501T030405Z", "JP"), AmazonPayAlgorithm.V2));
        clock.advance(Duration.ofMinutes(15));
        verifier.verify(request);

        clock.advance(Duration.ofSeconds(1));
        assertRefused(400, "InvalidHeaderValue", request);
    }

    @Test
    void aDateFromTheFutureBeyondTheSkewIsRefused() {
        assertRefused(
                400,
                "InvalidHeaderValue",
                request(signed(RequestSigning.headers("20240501T032006Z", "JP"), AmazonPayAlgorithm.V2)));
    }

    @Test
    void aMalformedDateIsAnInvalidHeader() {
        assertRefused(
                400,
                "InvalidHeaderValue",
                request(signed(RequestSigning.headers("Wed, 01 May 2024 03:04:05 GMT", "JP"), AmazonPayAlgorithm.V2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"accept", "content-type", "x-amz-pay-date", "x-amz-pay-host", "x-amz-pay-region"})
    void anyTamperedSignedHeaderBreaksTheSignature(String header) {
        Map<String, List<String>> headers =
                signed(RequestSigning.headers("20240501T030405Z", "JP"), AmazonPayAlgorithm.V2);
        String changed = switch (header) {
            case "x-amz-pay-date" -> "20240501T030406Z";
            case "x-amz-pay-region" -> "jp";
            default -> headers.get(header).get(0) + "x";
        };
        headers.put(header, List.of(changed));

        assertRefused(401, "InvalidRequestSignature", request(headers));
    }

    @Test
    void anotherPathBreaksTheSignature() {
        var headers = signed(RequestSigning.headers("20240501T030405Z", "JP"), AmazonPayAlgorithm.V2);

        assertRefused(
                401,
                "InvalidRequestSignature",
                new RequestSignatureVerifier.IncomingRequest(
                        "GET", List.of("/amazon-sandbox/api/pay/v2/buyers/token-2"), null, headers, ""));
    }

    @Test
    void aSignatureMadeWithTheOtherAlgorithmsSaltIsRefused() {
        Map<String, List<String>> headers =
                signed(RequestSigning.headers("20240501T030405Z", "JP"), AmazonPayAlgorithm.V1);
        String authorization =
                headers.get("authorization").get(0).replace("AMZN-PAY-RSASSA-PSS ", "AMZN-PAY-RSASSA-PSS-V2 ");
        headers.put("authorization", List.of(authorization));

        assertRefused(401, "InvalidRequestSignature", request(headers));
    }

    @Test
    void aKeyThatIsNotRegisteredIsUnauthorized() {
        Map<String, List<String>> headers = RequestSigning.sign(
                RequestSigning.headers("20240501T030405Z", "JP"),
                RequestSigning.PATH,
                AmazonPayAlgorithm.V2,
                "SANDBOX-AHNOTREGISTERED0000000001",
                TestKeys.MERCHANT.getPrivate());

        assertRefused(401, "UnauthorizedAccess", request(headers));
    }

    @Test
    void aSignatureByAnotherKeyIsInvalid() {
        Map<String, List<String>> headers = RequestSigning.sign(
                RequestSigning.headers("20240501T030405Z", "JP"),
                RequestSigning.PATH,
                AmazonPayAlgorithm.V2,
                KEY_ID,
                TestKeys.STRANGER.getPrivate());

        assertRefused(401, "InvalidRequestSignature", request(headers));
    }

    @ParameterizedTest
    @ValueSource(strings = {"authorization", "x-amz-pay-date", "x-amz-pay-host", "x-amz-pay-region", "accept"})
    void aMissingHeaderIsNamed(String header) {
        Map<String, List<String>> headers =
                signed(RequestSigning.headers("20240501T030405Z", "JP"), AmazonPayAlgorithm.V2);
        headers.remove(header);

        PayApiException refused = assertRefused(400, "MissingHeader", request(headers));
        assertEquals(true, refused.getMessage().contains(header));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer abc",
                "AMZN-PAY-RSASSA-PSS-V3 PublicKeyId=x, SignedHeaders=a, Signature=b",
                "AMZN-PAY-RSASSA-PSS PublicKeyId=x, Signature=b",
                "AMZN-PAY-RSASSA-PSS"
            })
    void aMalformedAuthorizationIsAnInvalidHeader(String authorization) {
        Map<String, List<String>> headers = RequestSigning.headers("20240501T030405Z", "JP");
        headers.put("authorization", List.of(authorization));

        assertRefused(400, "InvalidHeaderValue", request(headers));
    }

    @Test
    void signedHeadersMustCoverDateHostAndRegion() {
        Map<String, List<String>> headers = RequestSigning.headers("20240501T030405Z", "JP");
        Map<String, List<String>> partial = new LinkedHashMap<>(headers);
        partial.remove("x-amz-pay-date");
        Map<String, List<String>> signed = RequestSigning.sign(
                partial, RequestSigning.PATH, AmazonPayAlgorithm.V2, KEY_ID, TestKeys.MERCHANT.getPrivate());
        signed.put("x-amz-pay-date", headers.get("x-amz-pay-date"));

        assertRefused(400, "InvalidHeaderValue", request(signed));
    }

    @Test
    void aClientThatSignsAmazonsPathWithoutTheSandboxPrefixAlsoVerifies() {
        Map<String, List<String>> headers = RequestSigning.sign(
                RequestSigning.headers("20240501T030405Z", "JP"),
                "/v2/buyers/token-1",
                AmazonPayAlgorithm.V2,
                KEY_ID,
                TestKeys.MERCHANT.getPrivate());

        verifier.verify(new RequestSignatureVerifier.IncomingRequest(
                "GET", List.of(RequestSigning.PATH, "/v2/buyers/token-1"), null, headers, ""));
    }

    private static Map<String, List<String>> signed(Map<String, List<String>> headers, AmazonPayAlgorithm algorithm) {
        return RequestSigning.sign(headers, RequestSigning.PATH, algorithm, KEY_ID, TestKeys.MERCHANT.getPrivate());
    }

    private static RequestSignatureVerifier.IncomingRequest request(Map<String, List<String>> headers) {
        return new RequestSignatureVerifier.IncomingRequest("GET", List.of(RequestSigning.PATH), null, headers, "");
    }

    private PayApiException assertRefused(
            int status, String reasonCode, RequestSignatureVerifier.IncomingRequest request) {
        PayApiException refused = assertThrows(PayApiException.class, () -> verifier.verify(request));
        assertEquals(status, refused.status(), refused.getMessage());
        assertEquals(reasonCode, refused.reasonCode(), refused.getMessage());
        return refused;
    }
}
