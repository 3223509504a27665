package jp.kakehashi.signin.infrastructure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Signs Amazon Pay API requests and SignIn button payloads with the merchant's private key, with the JDK's
 * RSASSA-PSS (SHA-256, MGF1 SHA-256, trailer 1) as Amazon Pay documents it.
 */
public final class AmazonPaySigner {

    /** The two signature algorithms; V2 (salt 32) is what new integrations use. */
    public enum Algorithm {
        AMZN_PAY_RSASSA_PSS("AMZN-PAY-RSASSA-PSS", 20),
        AMZN_PAY_RSASSA_PSS_V2("AMZN-PAY-RSASSA-PSS-V2", 32);

        private final String wireName;
        private final int saltLength;

        Algorithm(String wireName, int saltLength) {
            this.wireName = wireName;
            this.saltLength = saltLength;
        }

        public String wireName() {
            return wireName;
        }
    }

    private final String publicKeyId;
    private final PrivateKey privateKey;
    private final Algorithm algorithm;

    public AmazonPaySigner(String publicKeyId, PrivateKey privateKey, Algorithm algorithm) {
        this.publicKeyId = Objects.requireNonNull(publicKeyId, "publicKeyId");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    public String publicKeyId() {
        return publicKeyId;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** The {@code authorization} header for a request whose headers to sign are given (names in any case). */
    public String authorization(
            String method, String rawPath, String rawQuery, Map<String, String> signedHeaders, String payload) {
        Map<String, String> headers = new TreeMap<>();
        signedHeaders.forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        String canonicalRequest = canonicalRequest(method, rawPath, rawQuery, headers, payload);
        return algorithm.wireName() + " PublicKeyId=" + publicKeyId
                + ", SignedHeaders=" + String.join(";", headers.keySet())
                + ", Signature=" + sign(stringToSign(canonicalRequest));
    }

    /** The signature of a SignIn button's payload JSON, exactly as it will be given to checkout.js. */
    public String signPayload(String payloadJson) {
        return sign(algorithm.wireName() + "\n" + sha256Hex(payloadJson));
    }

    static String canonicalRequest(
            String method, String rawPath, String rawQuery, Map<String, String> lowerCaseHeaders, String payload) {
        String canonicalHeaders = lowerCaseHeaders.entrySet().stream()
                .map(header -> header.getKey() + ":" + header.getValue().trim() + "\n")
                .collect(Collectors.joining());
        return method.toUpperCase(Locale.ROOT) + "\n"
                + canonicalPath(rawPath) + "\n"
                + canonicalQuery(rawQuery) + "\n"
                + canonicalHeaders + "\n"
                + String.join(";", lowerCaseHeaders.keySet()) + "\n"
                + sha256Hex(payload == null ? "" : payload);
    }

    String stringToSign(String canonicalRequest) {
        return algorithm.wireName() + "\n" + sha256Hex(canonicalRequest);
    }

    private static String canonicalPath(String rawPath) {
        return rawPath == null || rawPath.isEmpty() ? "/" : rawPath.replaceAll("/+", "/");
    }

    /** Parameters sorted by name, each RFC 3986-encoded (the path and query our client sends are already encoded). */
    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        Map<String, String> parameters = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            parameters.put(name, equals < 0 ? "" : pair.substring(equals + 1));
        }
        return parameters.entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                .collect(Collectors.joining("&"));
    }

    private String sign(String stringToSign) {
        try {
            Signature signature = Signature.getInstance("RSASSA-PSS");
            signature.setParameter(
                    new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, algorithm.saltLength, 1));
            signature.initSign(privateKey);
            signature.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the Amazon Pay private key", e);
        }
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a PKCS#8 PEM private key, as Amazon Seller Central hands it out. */
    public static PrivateKey readPrivateKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a PKCS#8 PEM RSA private key", e);
        }
    }

    /** For a query value our client adds: RFC 3986 unreserved characters stay, all else is percent-encoded. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
