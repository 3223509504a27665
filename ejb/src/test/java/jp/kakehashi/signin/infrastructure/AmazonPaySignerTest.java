package jp.kakehashi.signin.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kakehashi.testing.Pem;
import org.junit.jupiter.api.Test;

class AmazonPaySignerTest {

    private static final KeyPair KEYS = generate();

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The official SDK's test vector (amazon-protocols.md). */
    @Test
    void theCanonicalRequestMatchesAmazonsTestVector() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-pay-region", "EU");
        headers.put("accept", "application/json");
        headers.put("x-amz-pay-host", "pay-api.amazon.eu");
        headers.put("content-type", "application/json");
        headers.put("x-amz-pay-date", "20180524T223710Z");
        String canonical = AmazonPaySigner.canonicalRequest("GET", "/", "", new java.util.TreeMap<>(headers), "");

        assertEquals(
                "GET\n/\n\naccept:application/json\ncontent-type:application/json\nx-amz-pay-date:20180524T223710Z\n"
                        + "x-amz-pay-host:pay-api.amazon.eu\nx-amz-pay-region:EU\n\n"
                        + "accept;content-type;x-amz-pay-date;x-amz-pay-host;x-amz-pay-region\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                canonical);
        assertEquals(
                "bb49552975c396f1e49d5510e1555b8b0627dc491bc61aaefdb561f202ad8020",
                AmazonPaySigner.sha256Hex(canonical));
        AmazonPaySigner v1 =
                new AmazonPaySigner("AHKEY", KEYS.getPrivate(), AmazonPaySigner.Algorithm.AMZN_PAY_RSASSA_PSS);
        assertEquals(
                "AMZN-PAY-RSASSA-PSS\nbb49552975c396f1e49d5510e1555b8b0627dc491bc61aaefdb561f202ad8020",
                v1.stringToSign(canonical));
    }

    @Test
    void theAuthorizationHeaderNamesTheKeyTheHeadersAndAVerifiableSignature() throws Exception {
        AmazonPaySigner signer = new AmazonPaySigner(
                "SANDBOX-AHKEY", KEYS.getPrivate(), AmazonPaySigner.Algorithm.AMZN_PAY_RSASSA_PSS_V2);
        Map<String, String> headers = Map.of(
                "Accept",
                "application/json",
                "Content-Type",
                "application/json",
                "X-Amz-Pay-Date",
                "20260101T000000Z",
                "X-Amz-Pay-Host",
                "pay-api.amazon.jp",
                "X-Amz-Pay-Region",
                "JP");

        String authorization = signer.authorization("GET", "/v2/buyers/token-1", null, headers, "");

        assertTrue(
                authorization.startsWith(
                        "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=SANDBOX-AHKEY, "
                                + "SignedHeaders=accept;content-type;x-amz-pay-date;x-amz-pay-host;x-amz-pay-region, Signature="),
                authorization);
        String signature = authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
        String canonical = AmazonPaySigner.canonicalRequest(
                "GET",
                "/v2/buyers/token-1",
                null,
                new java.util.TreeMap<>(Map.of(
                        "accept",
                        "application/json",
                        "content-type",
                        "application/json",
                        "x-amz-pay-date",
                        "20260101T000000Z",
                        "x-amz-pay-host",
                        "pay-api.amazon.jp",
                        "x-amz-pay-region",
                        "JP")),
                "");
        assertTrue(verifies(signer.stringToSign(canonical), signature, 32));
        assertFalse(verifies(signer.stringToSign(canonical.replace("JP", "EU")), signature, 32));
    }

    @Test
    void aButtonPayloadIsSignedOverItsHashWithTheNamedAlgorithm() throws Exception {
        String payload =
                "{\"signInReturnUrl\":\"https://shop.example/signin?state=x\",\"storeId\":\"amzn1.application-oa2-client.x\","
                        + "\"signInScopes\":[\"name\",\"email\"]}";
        for (AmazonPaySigner.Algorithm algorithm : AmazonPaySigner.Algorithm.values()) {
            AmazonPaySigner signer = new AmazonPaySigner("KEY", KEYS.getPrivate(), algorithm);

            String signature = signer.signPayload(payload);

            int salt = algorithm == AmazonPaySigner.Algorithm.AMZN_PAY_RSASSA_PSS ? 20 : 32;
            assertTrue(verifies(algorithm.wireName() + "\n" + AmazonPaySigner.sha256Hex(payload), signature, salt));
        }
    }

    @Test
    void readsAPkcs8PemKeyAndRefusesAnythingElse() {
        String pem = Pem.pkcs8(KEYS.getPrivate());

        assertEquals(KEYS.getPrivate(), AmazonPaySigner.readPrivateKey(pem));
        assertThrows(IllegalArgumentException.class, () -> AmazonPaySigner.readPrivateKey(Pem.armored("not a key")));
    }

    private static boolean verifies(String stringToSign, String signature, int saltLength) throws Exception {
        Signature verifier = Signature.getInstance("RSASSA-PSS");
        verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, saltLength, 1));
        verifier.initVerify(KEYS.getPublic());
        verifier.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }
}
