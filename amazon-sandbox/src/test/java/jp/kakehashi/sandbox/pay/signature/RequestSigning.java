package jp.kakehashi.sandbox.pay.signature;

import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Signs a Get Buyer request the way a client does, independently of the verifier's own parsing. */
final class RequestSigning {

    static final String PATH = "/amazon-sandbox/api/pay/v2/buyers/token-1";

    private RequestSigning() {}

    static Map<String, List<String>> headers(String date, String region) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("accept", List.of("application/json"));
        headers.put("content-type", List.of("application/json"));
        headers.put("x-amz-pay-date", List.of(date));
        headers.put("x-amz-pay-host", List.of("localhost"));
        headers.put("x-amz-pay-region", List.of(region));
        return headers;
    }

    /** Adds the authorization header for these headers, signed over the given path. */
    static Map<String, List<String>> sign(
            Map<String, List<String>> headers,
            String signedPath,
            AmazonPayAlgorithm algorithm,
            String publicKeyId,
            PrivateKey key) {
        String canonical = CanonicalRequest.of("GET", signedPath, null, headers, "", false);
        String signature = PssSignatures.sign(algorithm, canonical, key);
        Map<String, List<String>> signed = new LinkedHashMap<>(headers);
        signed.put(
                "authorization",
                List.of(algorithm.headerName() + " PublicKeyId=" + publicKeyId + ", SignedHeaders="
                        + String.join(";", new java.util.TreeSet<>(headers.keySet())) + ", Signature=" + signature));
        return signed;
    }
}
