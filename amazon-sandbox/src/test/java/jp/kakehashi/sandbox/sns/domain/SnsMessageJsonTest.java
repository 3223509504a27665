package jp.kakehashi.sandbox.sns.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnsMessageJsonTest {

    private static final Instant WHOLE_SECOND = Instant.parse("2026-03-06T19:31:32Z");

    @Test
    void aNotificationBodyHasSnssFieldsInSnssOrder() {
        SnsMessage message = SnsMessage.notification(
                        "m-1",
                        "arn:aws:sns:us-east-1:123456789012:t",
                        "Hi",
                        "line1\n\"q\"",
                        WHOLE_SECOND,
                        "https://u",
                        SignatureVersion.V1,
                        "https://c.pem")
                .withSignature("c2ln");

        JsonObject json = parse(message.toJson());

        assertEquals(
                List.of(
                        "Type",
                        "MessageId",
                        "TopicArn",
                        "Subject",
                        "Message",
                        "Timestamp",
                        "SignatureVersion",
                        "Signature",
                        "SigningCertURL",
                        "UnsubscribeURL"),
                List.copyOf(json.keySet()));
        assertEquals("line1\n\"q\"", json.getString("Message"));
        assertEquals("2026-03-06T19:31:32.000Z", json.getString("Timestamp"), "milliseconds even on a whole second");
        assertEquals("1", json.getString("SignatureVersion"));
        assertEquals("{\n  \"Type\" : \"Notification\",", message.toJson().substring(0, 28));
    }

    @Test
    void aConfirmationBodyHasTokenAndSubscribeUrlAndNoUnsubscribeUrl() {
        SnsMessage message = SnsMessage.confirmation(
                        SnsMessageType.SUBSCRIPTION_CONFIRMATION,
                        "m",
                        "arn:t",
                        "text",
                        WHOLE_SECOND,
                        "tok",
                        "https://s",
                        SignatureVersion.V2,
                        "https://c.pem")
                .withSignature("c2ln");

        JsonObject json = parse(message.toJson());

        assertEquals(
                List.of(
                        "Type",
                        "MessageId",
                        "Token",
                        "TopicArn",
                        "Message",
                        "SubscribeURL",
                        "Timestamp",
                        "SignatureVersion",
                        "Signature",
                        "SigningCertURL"),
                List.copyOf(json.keySet()));
        assertEquals("SubscriptionConfirmation", json.getString("Type"));
        assertEquals("2", json.getString("SignatureVersion"));
    }

    @Test
    void aNotificationWithoutSubjectHasNoSubjectKeyAndUnsignedMessagesAreNotSent() {
        SnsMessage message = SnsMessage.notification(
                "m", "arn:t", null, "x", WHOLE_SECOND, "https://u", SignatureVersion.V1, "https://c");

        assertThrows(IllegalStateException.class, message::toJson);
        assertFalse(parse(message.withSignature("s").toJson()).containsKey("Subject"));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
