package jp.kakehashi.sandbox.sns.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message as SNS posts it to an endpoint, before or after signing.
 *
 * @param token          confirmations only
 * @param subscribeUrl   confirmations only
 * @param subject        notifications only, optional
 * @param unsubscribeUrl notifications only
 * @param signature      null until signed
 */
public record SnsMessage(
        SnsMessageType type,
        String messageId,
        String topicArn,
        String subject,
        String message,
        Instant timestamp,
        String token,
        String subscribeUrl,
        String unsubscribeUrl,
        SignatureVersion signatureVersion,
        String signature,
        String signingCertUrl) {

    /** ISO-8601, UTC, always with milliseconds (as SNS writes it, even on a whole second). */
    public static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public SnsMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(signatureVersion, "signatureVersion");
        if (type == SnsMessageType.NOTIFICATION) {
            if (token != null || subscribeUrl != null) {
                throw new IllegalArgumentException("a Notification has no Token or SubscribeURL");
            }
        } else if (token == null || subscribeUrl == null || subject != null || unsubscribeUrl != null) {
            throw new IllegalArgumentException(
                    "a " + type.wireName() + " has a Token and a SubscribeURL, and no Subject or UnsubscribeURL");
        }
    }

    public static SnsMessage notification(
            String messageId,
            String topicArn,
            String subject,
            String message,
            Instant timestamp,
            String unsubscribeUrl,
            SignatureVersion version,
            String signingCertUrl) {
        return new SnsMessage(
                SnsMessageType.NOTIFICATION,
                messageId,
                topicArn,
                subject,
                message,
                timestamp,
                null,
                null,
                unsubscribeUrl,
                version,
                null,
                signingCertUrl);
    }

    public static SnsMessage confirmation(
            SnsMessageType type,
            String messageId,
            String topicArn,
            String message,
            Instant timestamp,
            String token,
            String subscribeUrl,
            SignatureVersion version,
            String signingCertUrl) {
        return new SnsMessage(
                type,
                messageId,
                topicArn,
                null,
                message,
                timestamp,
                token,
                subscribeUrl,
                null,
                version,
                null,
                signingCertUrl);
    }

    public String timestampText() {
        return TIMESTAMP.format(timestamp);
    }

    public SnsMessage withSignature(String base64Signature) {
        return new SnsMessage(
                type,
                messageId,
                topicArn,
                subject,
                message,
                timestamp,
                token,
                subscribeUrl,
                unsubscribeUrl,
                signatureVersion,
                base64Signature,
                signingCertUrl);
    }

    /** The same message as another subscription of the topic receives it: only the UnsubscribeURL differs. */
    public SnsMessage withUnsubscribeUrl(String url) {
        return new SnsMessage(
                type,
                messageId,
                topicArn,
                subject,
                message,
                timestamp,
                token,
                subscribeUrl,
                url,
                signatureVersion,
                signature,
                signingCertUrl);
    }

    /** The body's fields in the order SNS writes them; absent optional fields are left out. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", type.wireName());
        fields.put("MessageId", messageId);
        if (type == SnsMessageType.NOTIFICATION) {
            fields.put("TopicArn", topicArn);
            putIfPresent(fields, "Subject", subject);
            fields.put("Message", message);
            fields.put("Timestamp", timestampText());
            fields.put("SignatureVersion", signatureVersion.wireValue());
            putIfPresent(fields, "Signature", signature);
            fields.put("SigningCertURL", signingCertUrl);
            fields.put("UnsubscribeURL", unsubscribeUrl);
        } else {
            fields.put("Token", token);
            fields.put("TopicArn", topicArn);
            fields.put("Message", message);
            fields.put("SubscribeURL", subscribeUrl);
            fields.put("Timestamp", timestampText());
            fields.put("SignatureVersion", signatureVersion.wireValue());
            putIfPresent(fields, "Signature", signature);
            fields.put("SigningCertURL", signingCertUrl);
        }
        return fields;
    }

    public String stringToSign() {
        return SnsStringToSign.of(fields());
    }

    /** The HTTP body as SNS writes it: a pretty-printed JSON object, {@code "Key" : "value"}. */
    public String toJson() {
        if (signature == null) {
            throw new IllegalStateException("sign the message before sending it");
        }
        StringBuilder json = new StringBuilder("{\n");
        var entries = fields().entrySet().iterator();
        while (entries.hasNext()) {
            var entry = entries.next();
            json.append("  ")
                    .append(JsonText.quote(entry.getKey()))
                    .append(" : ")
                    .append(JsonText.quote(entry.getValue()));
            json.append(entries.hasNext() ? ",\n" : "\n");
        }
        return json.append('}').toString();
    }

    private static void putIfPresent(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
