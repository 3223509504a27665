package jp.kakehashi.sandbox.pay.signin;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.kakehashi.sandbox.pay.buyer.Scope;

/**
 * The merchant-signed SignIn payload: {@code {"signInReturnUrl":"...","storeId":"...","signInScopes":[...]}}.
 * Without {@code signInScopes} every scope but {@code primeStatus} is asked for (Amazon's default is not documented
 * in what we have; this is the plausible choice).
 */
public record SignInPayload(String signInReturnUrl, String storeId, List<Scope> signInScopes) implements Serializable {

    static final List<Scope> DEFAULT_SCOPES = List.of(
            Scope.NAME,
            Scope.EMAIL,
            Scope.POSTAL_CODE,
            Scope.SHIPPING_ADDRESS,
            Scope.PHONE_NUMBER,
            Scope.BILLING_ADDRESS);

    /** @throws SignInRejected when the payload is not valid JSON or lacks what a SignIn needs */
    public static SignInPayload parse(String payloadJson) {
        JsonObject payload;
        try (JsonReader reader = Json.createReader(new StringReader(payloadJson))) {
            payload = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw SignInRejected.invalid("payloadJSON", "not a JSON object.");
        }
        String returnUrl = requiredString(payload, "signInReturnUrl");
        checkReturnUrl(returnUrl);
        String storeId = requiredString(payload, "storeId");
        List<Scope> scopes = DEFAULT_SCOPES;
        if (payload.containsKey("signInScopes")
                && payload.get("signInScopes").getValueType() != JsonValue.ValueType.NULL) {
            if (payload.get("signInScopes").getValueType() != JsonValue.ValueType.ARRAY) {
                throw SignInRejected.invalid("signInScopes", "expected an array of scope names.");
            }
            Set<Scope> asked = new LinkedHashSet<>();
            for (JsonValue value : payload.getJsonArray("signInScopes")) {
                String name = value instanceof JsonString text ? text.getString() : String.valueOf(value);
                asked.add(Scope.of(name)
                        .orElseThrow(() -> SignInRejected.invalid("signInScopes", "unknown scope " + name + ".")));
            }
            scopes = List.copyOf(asked);
        }
        return new SignInPayload(returnUrl, storeId, scopes);
    }

    private static String requiredString(JsonObject payload, String name) {
        JsonValue value = payload.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw SignInRejected.missing("payloadJSON." + name);
        }
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw SignInRejected.invalid("payloadJSON." + name, "expected a non-empty string.");
        }
        return text.getString();
    }

    private static void checkReturnUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw SignInRejected.invalid("signInReturnUrl", "expected an absolute http(s) URL.");
            }
        } catch (URISyntaxException e) {
            throw SignInRejected.invalid("signInReturnUrl", "not a URL.");
        }
    }
}
