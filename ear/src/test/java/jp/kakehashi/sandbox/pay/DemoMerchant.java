package jp.kakehashi.sandbox.pay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kakehashi.signin.infrastructure.AmazonPaySigner;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;

/**
 * The demo merchant as Kakehashi will be: it signs Amazon Pay requests with the private key that the sandbox
 * generated in its data folder. Written with the JDK only, independently of the sandbox's own signing code.
 */
final class DemoMerchant {

    static final String PUBLIC_KEY_ID = "SANDBOX-AHKAKEHASHIDEMO000000001";
    static final String MERCHANT_ID = "A1KAKEHASHIDEMO";
    static final String STORE_ID = "amzn1.application-oa2-client.4a5b6c7d8e9f40a1b2c3d4e5f6a7b8c9";
    static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private DemoMerchant() {}

    static Path payDir() {
        return Path.of(
                System.getProperty("wlp.dir"),
                "usr",
                "servers",
                System.getProperty("liberty.server.name"),
                "data",
                "sandbox",
                "pay");
    }

    static PrivateKey privateKey() {
        try {
            // Read as Kakehashi reads it: the same PKCS#8 PEM parsing.
            return AmazonPaySigner.readPrivateKey(
                    Files.readString(payDir().resolve("private-key.pem"), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sign(String algorithm, String content, PrivateKey key) {
        try {
            String stringToSign = algorithm + "\n" + sha256Hex(content);
            Signature signature = Signature.getInstance("RSASSA-PSS");
            int salt = algorithm.endsWith("-V2") ? 32 : 20;
            signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, salt, 1));
            signature.initSign(key);
            signature.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
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

    /** The signed headers of a Get Buyer request; the authorization header is added by {@link #signedGet}. */
    static Map<String, String> headers(String date, String region) {
        Map<String, String> headers = new TreeMap<>();
        headers.put("accept", "application/json");
        headers.put("content-type", "application/json");
        headers.put("x-amz-pay-date", date);
        headers.put("x-amz-pay-host", "localhost");
        headers.put("x-amz-pay-region", region);
        return headers;
    }

    static String now() {
        return BASIC_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
    }

    /** A GET of a sandbox path, signed over the full path the client requests (as the official SDK does). */
    static HttpRequest signedGet(
            String path, Map<String, String> headers, String algorithm, String publicKeyId, PrivateKey key) {
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((name, value) ->
                canonicalHeaders.append(name).append(':').append(value.trim()).append('\n'));
        String signedHeaders = String.join(";", headers.keySet());
        String canonical = "GET\n" + path + "\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + sha256Hex("");
        String authorization = algorithm + " PublicKeyId=" + publicKeyId + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + sign(algorithm, canonical, key);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(KakehashiServer.uri(path)).GET().header("authorization", authorization);
        headers.forEach(request::header);
        return request.build();
    }

    /** A buyer token from the sandbox's control API, as the hosted page would issue it. */
    static String issueToken(Http http, String buyer, String scopesJson) {
        HttpResponse<String> issued =
                http.send(HttpRequest.newBuilder(KakehashiServer.uri("/amazon-sandbox/api/sandbox/pay/buyer-tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"buyer\":\"" + buyer + "\",\"scopes\":" + scopesJson + "}"))
                        .build());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("No token: " + issued.statusCode() + " " + issued.body());
        }
        Matcher token = Pattern.compile("\"buyerToken\":\"([^\"]+)\"").matcher(issued.body());
        if (!token.find()) {
            throw new IllegalStateException(issued.body());
        }
        return token.group(1);
    }
}
