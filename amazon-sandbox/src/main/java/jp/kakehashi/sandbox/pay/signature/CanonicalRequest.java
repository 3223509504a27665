package jp.kakehashi.sandbox.pay.signature;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Amazon Pay's canonical request:
 * {@code METHOD\nCanonicalURI\nCanonicalQueryString\nCanonicalHeaders\nSignedHeaders\nhex(SHA-256(payload))}.
 * Encoding follows the official Java SDK ({@code SignatureHelper}, {@code Util.urlEncode}) so that what it signs verifies.
 */
public final class CanonicalRequest {

    private static final Pattern ENCODED = Pattern.compile("\\+|\\*|%7E|%2F");

    private CanonicalRequest() {}

    /**
     * @param method        HTTP method
     * @param decodedPath   the request path, percent-decoded (as {@code java.net.URI#getPath()} gives it)
     * @param rawQuery      the query string as sent, or null
     * @param signedHeaders lower-case header name to its values, only the signed headers
     * @param payload       the request body ("" for a GET)
     * @param stripWhitespace false: values trimmed (Amazon's documentation); true: every whitespace removed (the Java SDK)
     */
    public static String of(
            String method,
            String decodedPath,
            String rawQuery,
            Map<String, List<String>> signedHeaders,
            String payload,
            boolean stripWhitespace) {
        TreeMap<String, List<String>> headers = new TreeMap<>();
        signedHeaders.forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((name, values) -> canonicalHeaders
                .append(name)
                .append(':')
                .append(values.stream()
                        .map(value -> stripWhitespace ? value.trim().replaceAll("\\s", "") : value.trim())
                        .collect(Collectors.joining(",")))
                .append('\n'));
        return method.toUpperCase(java.util.Locale.ROOT) + "\n"
                + canonicalUri(decodedPath) + "\n"
                + canonicalQuery(rawQuery) + "\n"
                + canonicalHeaders + "\n"
                + String.join(";", headers.keySet()) + "\n"
                + Sha256.hex(payload == null ? "" : payload);
    }

    static String canonicalUri(String decodedPath) {
        if (decodedPath == null || decodedPath.isEmpty()) {
            return "/";
        }
        String encoded = encode(decodedPath, true);
        return encoded.startsWith("/") ? encoded : "/" + encoded;
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        TreeMap<String, List<String>> parameters = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters
                    .computeIfAbsent(encode(name, false), key -> new ArrayList<>())
                    .add(encode(value, false));
        }
        List<String> parts = new ArrayList<>();
        parameters.forEach((name, values) -> values.stream().sorted().forEach(value -> parts.add(name + "=" + value)));
        return String.join("&", parts);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** RFC 3986 percent-encoding the way the SDK does it; in a path, slashes stay and repeated slashes collapse. */
    static String encode(String text, boolean path) {
        String source = path ? text.replaceAll("/+", "/") : text;
        Matcher matcher = ENCODED.matcher(URLEncoder.encode(source, StandardCharsets.UTF_8));
        StringBuilder encoded = new StringBuilder();
        while (matcher.find()) {
            String replacement = switch (matcher.group()) {
                case "+" -> "%20";
                case "*" -> "%2A";
                case "%7E" -> "~";
                default -> path ? "/" : "%2F";
            };
            matcher.appendReplacement(encoded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(encoded);
        return encoded.toString();
    }
}
