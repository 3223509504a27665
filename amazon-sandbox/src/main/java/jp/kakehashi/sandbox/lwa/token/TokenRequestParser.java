package jp.kakehashi.sandbox.lwa.token;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.kakehashi.sandbox.lwa.domain.LwaError;

/**
 * Reads a token request body as {@code application/x-www-form-urlencoded} or {@code application/json} (the DRS pre-registration guide
 * shows both). Any other content type is a 400 {@code invalid_request}, the error every malformed OAuth token
 * request gets. Client credentials may also come as HTTP Basic (RFC 6749 section 2.3.1).
 */
public final class TokenRequestParser {

    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";

    private TokenRequestParser() {}

    public static TokenRequest parse(String contentType, byte[] body, String authorization) {
        Map<String, String> parameters = switch (mediaType(contentType)) {
            case FORM -> form(decode(body, charset(contentType)));
            case JSON -> json(decode(body, StandardCharsets.UTF_8));
            default ->
                throw LwaError.invalidRequest(
                        "Content-Type must be application/x-www-form-urlencoded or application/json");
        };
        addBasicCredentials(parameters, authorization);
        return new TokenRequest(parameters);
    }

    /** The media type without parameters, lower case: {@code "application/json; charset=UTF-8"} is JSON. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private static Charset charset(String contentType) {
        for (String part : contentType.split(";")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                try {
                    return Charset.forName(pair[1].trim().replace("\"", ""));
                } catch (RuntimeException e) {
                    throw LwaError.invalidRequest("Unsupported charset " + pair[1].trim());
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw LwaError.invalidRequest("The request body is not valid " + charset.name());
        }
    }

    /** Form fields; a trailing line break (as curl and hand-written requests leave) is ignored. */
    static Map<String, String> form(String body) {
        Map<String, String> parameters = new HashMap<>();
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            return parameters;
        }
        for (String field : trimmed.split("&")) {
            if (field.isEmpty()) {
                continue;
            }
            int equals = field.indexOf('=');
            String name = urlDecode(equals < 0 ? field : field.substring(0, equals));
            String value = equals < 0 ? "" : urlDecode(field.substring(equals + 1));
            if (parameters.putIfAbsent(name, value) != null) {
                throw LwaError.invalidRequest("The request has a repeated parameter : " + name);
            }
        }
        return parameters;
    }

    private static String urlDecode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw LwaError.invalidRequest("The request body is not valid application/x-www-form-urlencoded");
        }
    }

    /** Top-level members of a JSON object; strings as they are, objects, numbers and booleans as their JSON text. */
    static Map<String, String> json(String body) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw LwaError.invalidRequest("The request body must be a JSON object");
            }
            object = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw LwaError.invalidRequest("The request body is not valid JSON");
        } catch (JsonException e) {
            throw LwaError.invalidRequest("The request body is not valid JSON");
        }
        Map<String, String> parameters = new HashMap<>();
        object.forEach((name, value) -> {
            switch (value.getValueType()) {
                case NULL -> {}
                case STRING -> parameters.put(name, ((JsonString) value).getString());
                default -> parameters.put(name, value.toString());
            }
        });
        return parameters;
    }

    private static void addBasicCredentials(Map<String, String> parameters, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return;
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw LwaError.invalidClient();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw LwaError.invalidClient();
        }
        String id = urlDecode(decoded.substring(0, colon));
        String secret = urlDecode(decoded.substring(colon + 1));
        if ((parameters.containsKey("client_id") && !parameters.get("client_id").equals(id))
                || (parameters.containsKey("client_secret")
                        && !parameters.get("client_secret").equals(secret))) {
            throw LwaError.invalidRequest(
                    "Client credentials must not differ between the Authorization header and the body");
        }
        parameters.put("client_id", id);
        parameters.put("client_secret", secret);
    }
}
