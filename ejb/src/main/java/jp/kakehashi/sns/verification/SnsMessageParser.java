package jp.kakehashi.sns.verification;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.domain.SnsMessageType;

/** Reads the JSON body of an SNS HTTP(S) delivery. */
public final class SnsMessageParser {

    /** Looked up once: {@code Json.create...} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private SnsMessageParser() {}

    public static SnsMessage parse(String body) {
        JsonObject json = readObject(body);
        String typeName = required(json, "Type");
        SnsMessageType type = SnsMessageType.fromWireName(typeName)
                .orElseThrow(() -> new MalformedSnsMessageException("unknown Type " + typeName));
        String timestampText = required(json, "Timestamp");
        Instant timestamp;
        try {
            timestamp = Instant.parse(timestampText);
        } catch (DateTimeParseException e) {
            throw new MalformedSnsMessageException("Timestamp is not an ISO-8601 instant", e);
        }
        boolean confirmation = type != SnsMessageType.NOTIFICATION;
        return new SnsMessage(
                type,
                required(json, "MessageId"),
                required(json, "TopicArn"),
                optional(json, "Subject"),
                required(json, "Message"),
                timestampText,
                timestamp,
                required(json, "SignatureVersion"),
                required(json, "Signature"),
                // Lambda's SNS event spells these keys SigningCertUrl and UnsubscribeUrl
                requiredEither(json, "SigningCertURL", "SigningCertUrl"),
                confirmation ? requiredEither(json, "SubscribeURL", "SubscribeUrl") : null,
                optionalEither(json, "UnsubscribeURL", "UnsubscribeUrl"),
                confirmation ? required(json, "Token") : null);
    }

    private static JsonObject readObject(String body) {
        if (body == null || body.isBlank()) {
            throw new MalformedSnsMessageException("empty body");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new MalformedSnsMessageException("body is not a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new MalformedSnsMessageException("body is not valid JSON", e);
        } catch (JsonException e) {
            throw new MalformedSnsMessageException("body could not be read as JSON", e);
        }
    }

    private static String required(JsonObject json, String key) {
        String value = optional(json, key);
        if (value == null || value.isEmpty()) {
            throw new MalformedSnsMessageException(key + " is missing");
        }
        return value;
    }

    private static String requiredEither(JsonObject json, String key, String alternative) {
        String value = optionalEither(json, key, alternative);
        if (value == null || value.isEmpty()) {
            throw new MalformedSnsMessageException(key + " is missing");
        }
        return value;
    }

    private static String optionalEither(JsonObject json, String key, String alternative) {
        String value = optional(json, key);
        return value != null ? value : optional(json, alternative);
    }

    private static String optional(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new MalformedSnsMessageException(key + " is not a string");
        }
        return ((JsonString) value).getString();
    }
}
