package jp.kakehashi.signin.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.pay.api.PayConfiguration;
import com.amazon.pay.api.SignatureHelper;
import com.amazon.pay.api.types.Environment;
import com.amazon.pay.api.types.Region;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kakehashi.testing.Pem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Our signing agrees with Amazon's official Java SDK (test scope only): for the same Get Buyer request the SDK's
 * canonical request and string to sign are ours, and our signature verifies over the SDK's string to sign.
 */
class AmazonPaySignerOfficialSdkTest {

    private static final URI GET_BUYER =
            URI.create("https://pay-api.amazon.jp/v2/buyers/26be7331-7dc2-4722-be22-f7e75582d3ef");

    @ParameterizedTest
    @EnumSource(AmazonPaySigner.Algorithm.class)
    void ourSignatureVerifiesOverTheSdksStringToSign(AmazonPaySigner.Algorithm algorithm) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        String pem = Pem.pkcs8(keys.getPrivate());
        PayConfiguration configuration = new PayConfiguration()
                .setPublicKeyId("SANDBOX-AHSDKPROOF")
                .setRegion(Region.JP)
                .setEnvironment(Environment.SANDBOX)
                .setAlgorithm(algorithm.wireName())
                .setPrivateKey(pem);
        SignatureHelper sdk = new SignatureHelper(configuration);
        Map<String, List<String>> preSigned = sdk.createPreSignedHeaders(GET_BUYER, new HashMap<>());
        String sdkCanonical = sdk.createCanonicalRequest(GET_BUYER, "GET", new HashMap<>(), "", preSigned);
        String sdkStringToSign = sdk.createStringToSign(sdkCanonical, algorithm.wireName());

        Map<String, String> headers = new TreeMap<>();
        preSigned.forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        AmazonPaySigner ours = new AmazonPaySigner("SANDBOX-AHSDKPROOF", keys.getPrivate(), algorithm);
        String authorization = ours.authorization("GET", GET_BUYER.getRawPath(), null, headers, "");

        assertEquals(sdkCanonical, AmazonPaySigner.canonicalRequest("GET", GET_BUYER.getRawPath(), null, headers, ""));
        assertEquals(sdkStringToSign, ours.stringToSign(sdkCanonical));
        String signature = authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
        Signature verifier = Signature.getInstance("RSASSA-PSS");
        verifier.setParameter(new PSSParameterSpec(
                "SHA-256",
                "MGF1",
                MGF1ParameterSpec.SHA256,
                algorithm == AmazonPaySigner.Algorithm.AMZN_PAY_RSASSA_PSS ? 20 : 32,
                1));
        verifier.initVerify(keys.getPublic());
        verifier.update(sdkStringToSign.getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(Base64.getDecoder().decode(signature)));
    }
}
