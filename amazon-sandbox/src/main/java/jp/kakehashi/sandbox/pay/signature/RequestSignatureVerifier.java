package jp.kakehashi.sandbox.pay.signature;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verifies the signature of an Amazon Pay API request ({@code AMZN-PAY-RSASSA-PSS} and {@code -V2}) and answers
 * refusals as Amazon does: 400 {@code MissingHeader} / {@code InvalidHeaderValue}, 401 {@code UnauthorizedAccess}
 * for an unknown public key id, 401 {@code InvalidRequestSignature} for a signature that does not match.
 */
public final class RequestSignatureVerifier {

    static final Set<String> REGIONS = Set.of("JP", "NA", "EU");
    /** Without these a signature could be replayed elsewhere or forever: the request must sign them. */
    static final List<String> REQUIRED_SIGNED_HEADERS = List.of("x-amz-pay-date", "x-amz-pay-host", "x-amz-pay-region");

    private final PublicKeyRegistry keys;
    private final Clock clock;
    private final Duration maxClockSkew;

    public RequestSignatureVerifier(PublicKeyRegistry keys, Clock clock, Duration maxClockSkew) {
        this.keys = keys;
        this.clock = clock;
        this.maxClockSkew = maxClockSkew;
    }

    /**
     * A request as received.
     *
     * @param pathCandidates the decoded paths the client may have signed, first the full path it requested
     * @param headers        lower-case header names to their values
     */
    public record IncomingRequest(
            String method,
            List<String> pathCandidates,
            String rawQuery,
            Map<String, List<String>> headers,
            String payload) {}

    public record VerifiedRequest(String publicKeyId, AmazonPayAlgorithm algorithm, String region, Instant date) {}

    /** @throws PayApiException when the request is refused */
    public VerifiedRequest verify(IncomingRequest request) {
        Authorization authorization = Authorization.parse(single(request.headers(), "authorization"));
        String region = single(request.headers(), "x-amz-pay-region").trim();
        if (!REGIONS.contains(region.toUpperCase(Locale.ROOT))) {
            throw PayApiException.invalidHeader("x-amz-pay-region", "expected one of JP, NA, EU (in any case).");
        }
        single(request.headers(), "x-amz-pay-host");
        Instant date = AmzPayDate.parse(single(request.headers(), "x-amz-pay-date"))
                .orElseThrow(() -> PayApiException.invalidHeader(
                        "x-amz-pay-date", "expected yyyyMMdd'T'HHmmss'Z' or ISO-8601 (2019-09-23T23:19:08Z)."));
        if (Duration.between(date, clock.instant()).abs().compareTo(maxClockSkew) > 0) {
            throw PayApiException.invalidHeader(
                    "x-amz-pay-date",
                    "the request time differs from the server time by more than " + maxClockSkew.toMinutes()
                            + " minutes.");
        }
        for (String required : REQUIRED_SIGNED_HEADERS) {
            if (!authorization.signedHeaders().contains(required)) {
                throw PayApiException.invalidHeader("authorization", "SignedHeaders must include " + required + ".");
            }
        }
        Map<String, List<String>> signedHeaders = new LinkedHashMap<>();
        for (String name : authorization.signedHeaders()) {
            List<String> values = request.headers().get(name);
            if (values == null || values.isEmpty()) {
                throw PayApiException.missingHeader(name);
            }
            signedHeaders.put(name, values);
        }
        PublicKey key = keys.find(authorization.publicKeyId())
                .orElseThrow(() -> new PayApiException(
                        401,
                        "UnauthorizedAccess",
                        "The public key id " + authorization.publicKeyId() + " is not registered."));
        if (!matches(request, authorization, signedHeaders, key)) {
            throw new PayApiException(
                    401,
                    "InvalidRequestSignature",
                    "Unable to verify signature, signing String ["
                            + authorization.algorithm().headerName() + "]");
        }
        return new VerifiedRequest(authorization.publicKeyId(), authorization.algorithm(), region, date);
    }

    private static boolean matches(
            IncomingRequest request,
            Authorization authorization,
            Map<String, List<String>> signedHeaders,
            PublicKey key) {
        for (String path : request.pathCandidates()) {
            for (boolean stripWhitespace : new boolean[] {false, true}) {
                String canonical = CanonicalRequest.of(
                        request.method(), path, request.rawQuery(), signedHeaders, request.payload(), stripWhitespace);
                if (PssSignatures.verify(authorization.algorithm(), canonical, authorization.signature(), key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String single(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        if (values == null
                || values.isEmpty()
                || values.get(0) == null
                || values.get(0).isBlank()) {
            throw PayApiException.missingHeader(name);
        }
        return values.get(0);
    }

    /** {@code AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=..., SignedHeaders=a;b;c, Signature=...} */
    record Authorization(
            AmazonPayAlgorithm algorithm, String publicKeyId, List<String> signedHeaders, String signature) {

        static Authorization parse(String header) {
            String value = header.trim();
            int space = value.indexOf(' ');
            if (space < 0) {
                throw PayApiException.invalidHeader(
                        "authorization", "expected ALGORITHM PublicKeyId=..., SignedHeaders=..., Signature=...");
            }
            String algorithmName = value.substring(0, space);
            AmazonPayAlgorithm algorithm = AmazonPayAlgorithm.byName(algorithmName)
                    .orElseThrow(() -> PayApiException.invalidHeader(
                            "authorization",
                            "unsupported algorithm " + algorithmName
                                    + " (expected AMZN-PAY-RSASSA-PSS or AMZN-PAY-RSASSA-PSS-V2)."));
            Map<String, String> parameters = new HashMap<>();
            for (String part : value.substring(space + 1).split(",")) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    parameters.put(
                            part.substring(0, equals).trim(),
                            part.substring(equals + 1).trim());
                }
            }
            String publicKeyId = parameters.get("PublicKeyId");
            String signedHeaders = parameters.get("SignedHeaders");
            String signature = parameters.get("Signature");
            if (isBlank(publicKeyId) || isBlank(signedHeaders) || isBlank(signature)) {
                throw PayApiException.invalidHeader(
                        "authorization", "PublicKeyId, SignedHeaders and Signature are required.");
            }
            List<String> names = Arrays.stream(signedHeaders.split(";"))
                    .map(name -> name.trim().toLowerCase(Locale.ROOT))
                    .filter(name -> !name.isEmpty())
                    .toList();
            return new Authorization(algorithm, publicKeyId, names, signature);
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }
}
